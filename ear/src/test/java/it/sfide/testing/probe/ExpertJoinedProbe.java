package it.sfide.testing.probe;

import it.sfide.identity.boundary.ExpertJoined;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Hears the experts who joined, as the evaluation area would, for tests that check the event is fired. */
@ApplicationScoped
public class ExpertJoinedProbe {

    private final List<ExpertJoined> heard = new CopyOnWriteArrayList<>();

    void hear(@Observes ExpertJoined joined) {
        heard.add(joined);
    }

    /** The events heard since the deployment, oldest first. */
    public List<ExpertJoined> heard() {
        return List.copyOf(heard);
    }
}
