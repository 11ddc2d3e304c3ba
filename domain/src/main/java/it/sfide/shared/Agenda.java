package it.sfide.shared;

import java.util.List;
import java.util.Locale;

/**
 * What of one business area waits for someone: each area answers for its own records (questions to answer,
 * reports to write, deliverables to accept…), and the dashboard gathers every area's answer without knowing the
 * areas. An implementation answers only what the caller may see, and nothing for a role it does not concern.
 */
public interface Agenda {

    /** The things of this area that wait for the caller, each with its count and the page where it is done. */
    List<Todo> todo(Caller caller);

    /** Figures this area compares for the caller (may be none). */
    default List<Chart> charts(Caller caller) {
        return List.of();
    }

    /**
     * Who asks: their account, role, organisation (null for admins and independent experts), whether it is a public
     * body and verified, and their language.
     */
    record Caller(long accountId, String username, Role role, Long organisationId, boolean publicBody,
            boolean verified, Locale locale) {

        public boolean hasOrganisation() {
            return organisationId != null;
        }

        /** An officer of a verified public body: the one who runs its challenges. */
        public boolean isOfficer() {
            return role == Role.BUYER && organisationId != null && publicBody && verified;
        }

        /** An operator of a verified organisation: the one who submits proposals and delivers contracts. */
        public boolean isOperator() {
            return role == Role.OPERATOR && organisationId != null && verified;
        }
    }

    /**
     * One thing to do. {@code kind} names what it is (a bundle key {@code home.kind.<kind>}); {@code subject}
     * is what it concerns (a challenge's title, a contract's code) or null; {@code detail} says more in the caller's
     * language (which phase, what is missing) or is null; {@code link} the portal path where it is done; {@code due}
     * when it falls due, if it does.
     */
    record Todo(String kind, String subject, String detail, long count, String link, java.time.Instant due)
            implements java.io.Serializable {

        public Todo {
            if (kind == null || kind.isBlank() || count < 0) {
                throw new IllegalArgumentException("a to-do needs a kind and a count");
            }
        }
    }
}
