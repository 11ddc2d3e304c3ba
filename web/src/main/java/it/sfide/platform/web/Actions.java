package it.sfide.platform.web;

/**
 * How a backing bean's button runs a boundary call: on success a message in the user's language and the next
 * page. A business refusal is not caught here: it goes on to {@link PageExceptionHandler}, which shows it on its
 * field and renders the same page again.
 */
public final class Actions {

    private Actions() {
    }

    /**
     * @param outcome where to go after success (a redirect outcome), or null to stay
     * @return the outcome
     */
    public static String run(Runnable action, String doneKey, String outcome) {
        action.run();
        Messages.info(doneKey);
        return outcome;
    }
}
