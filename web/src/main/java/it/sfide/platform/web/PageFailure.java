package it.sfide.platform.web;

import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;

import java.util.List;

/**
 * A CDI event: a business failure of an action is about to be shown on the page that sent it. A view that moves
 * to where the problem is (the challenge wizard opens the step of the first wrong field) observes it with
 * {@code @Observes(notifyObserver = Reception.IF_EXISTS)}, so only the current view's bean hears it.
 */
public record PageFailure(SfideException failure) {

    /** Each problem: those of a {@link ValidationFailure}, or the failure itself. */
    public List<SfideException> problems() {
        return failure instanceof ValidationFailure v ? v.problems() : List.of(failure);
    }
}
