package it.sfide.platform.web;

import java.util.Map;

/**
 * The one way a backing bean runs a boundary call for a button: on success a message in the user's language and
 * the next page; on a business refusal the message on its field (or at the top) and the same page; anything else
 * goes on to the error page.
 */
public final class Actions {

    private Actions() {
    }

    /**
     * @param fields business field name to the client id of its input
     * @param outcome where to go after success (a redirect outcome)
     * @return the outcome, or null to stay on the page with the messages
     */
    public static String run(Runnable action, String doneKey, Map<String, String> fields, String outcome) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!Messages.show(e, fields)) {
                throw e;
            }
            return null;
        }
        Messages.info(doneKey);
        return outcome;
    }
}
