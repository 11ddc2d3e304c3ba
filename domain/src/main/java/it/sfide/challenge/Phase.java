package it.sfide.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One phase of a challenge: when it opens and closes to proposals (instants, shown in Europe/Rome), its budget, and
 * when it was actually closed (once, by the deadline timer or at startup catch-up).
 */
@Embeddable
public class Phase {

    @Column(name = "phase_number", nullable = false)
    private int number;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "budget", precision = 15, scale = 2)
    private BigDecimal budget;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Phase() {
    }

    public Phase(int number, Instant opensAt, Instant closesAt, BigDecimal budget) {
        this.number = number;
        this.opensAt = Objects.requireNonNull(opensAt);
        this.closesAt = Objects.requireNonNull(closesAt);
        this.budget = budget;
    }

    /** A detached copy, as the form shows it. */
    public Phase copy() {
        Phase copy = new Phase(number, opensAt, closesAt, budget);
        copy.closedAt = closedAt;
        return copy;
    }

    /** Marks the phase closed; false when it already was (a timer firing twice, a catch-up after a restart). */
    boolean close(Instant now) {
        if (closedAt != null) {
            return false;
        }
        closedAt = now;
        return true;
    }

    void extendTo(Instant newClose) {
        closesAt = newClose;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public int getNumber() { return number; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public BigDecimal getBudget() { return budget; }
    public Instant getClosedAt() { return closedAt; }
}
