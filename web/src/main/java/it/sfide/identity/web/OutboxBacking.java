package it.sfide.identity.web;

import it.sfide.identity.boundary.MailView;
import it.sfide.identity.boundary.OutboxService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The latest mails of the outbox, for the platform admin. */
@Named
@RequestScoped
public class OutboxBacking {

    static final int SHOWN = 100;

    @Inject
    OutboxService outbox;

    private List<MailView> mails;

    public List<MailView> getMails() {
        if (mails == null) {
            mails = outbox.latest(SHOWN);
        }
        return mails;
    }
}
