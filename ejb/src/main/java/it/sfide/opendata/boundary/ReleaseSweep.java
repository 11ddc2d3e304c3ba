package it.sfide.opendata.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Every five minutes, publishes a release for each process whose public state changed (so the bulk files follow
 * the lifecycle even when nobody asks for a package). Runs on every server of a cluster: a change is published
 * once, see {@link ReleasePublisher}.
 */
@Stateless
@PermitAll
public class ReleaseSweep {

    private static final Logger LOG = Logger.getLogger(ReleaseSweep.class.getName());

    @Inject
    OpenDataService openData;

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "OCDS releases")
    public void sweep() {
        int published = openData.refreshAll();
        if (published > 0) {
            LOG.info(() -> "OCDS: " + published + " new release(s) published");
        }
    }
}
