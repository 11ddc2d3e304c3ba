package it.sfide.shared;

import java.util.List;

/**
 * Several invalid fields at once, so that a form shows every problem on its own field in one round trip.
 */
public class ValidationFailure extends SfideException {

    private static final long serialVersionUID = 1L;

    private final List<SfideException> problems;

    public ValidationFailure(List<SfideException> problems) {
        super(ErrorKind.INVALID, "error.validation");
        this.problems = List.copyOf(problems);
    }

    public List<SfideException> problems() {
        return problems;
    }

    /** Collects field problems and throws them together. */
    public static final class Collector {
        private final java.util.ArrayList<SfideException> found = new java.util.ArrayList<>();

        public Collector add(String field, String messageKey, Object... args) {
            found.add(SfideException.invalid(field, messageKey, args));
            return this;
        }

        public Collector check(boolean ok, String field, String messageKey, Object... args) {
            if (!ok) {
                add(field, messageKey, args);
            }
            return this;
        }

        public boolean has(String field) {
            return found.stream().anyMatch(p -> field.equals(p.field()));
        }

        /** The problems collected so far. */
        public List<SfideException> found() {
            return List.copyOf(found);
        }

        public boolean any() {
            return !found.isEmpty();
        }

        public void throwIfAny() {
            if (!found.isEmpty()) {
                throw new ValidationFailure(found);
            }
        }
    }
}
