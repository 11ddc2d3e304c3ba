package it.sfide.proposal.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At startup, issues the receipt of every committed submission or withdrawal that has none: the server stopped
 * (a crash, a kill) between the commit and the receipt. The act stands; its receipt comes now.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrator", "DemoData"})
public class ReceiptRecovery {

    private static final Logger LOG = Logger.getLogger(ReceiptRecovery.class.getName());

    @Inject
    Proposals proposals;

    @Inject
    ReceiptIssuer issuer;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void reissue() {
        List<Long> missing = proposals.withoutReceipt();
        for (Long id : missing) {
            try {
                String protocol = issuer.issue(id);
                LOG.info(() -> "Receipt " + protocol + " issued at startup for submission " + id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The receipt of submission " + id + " could not be issued at startup", e);
            }
        }
    }
}
