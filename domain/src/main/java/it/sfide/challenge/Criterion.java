package it.sfide.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An evaluation criterion: its name in both languages, its weight and its threshold, and the phase it belongs to.
 * A general criterion (no phase) is judged by every phase without criteria of its own; a PCP's later phase may have
 * its own (its stage gate judges by them alone). The weights of the general criteria sum to 100, and so do those of
 * each phase that has its own.
 */
@Embeddable
public class Criterion {

    public static final int NAME_MAX = 200;

    @Column(name = "name_it", nullable = false, length = NAME_MAX)
    private String nameIt;

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;

    @Column(name = "weight", nullable = false)
    private int weight;

    @Column(name = "threshold")
    private Integer threshold;

    /** The phase whose committee alone judges by it, or null: a general criterion. */
    @Column(name = "phase_number")
    private Integer phase;

    protected Criterion() {
    }

    /** A general criterion, judged by every phase without criteria of its own. */
    public Criterion(String nameIt, String nameEn, int weight, Integer threshold) {
        this(nameIt, nameEn, weight, threshold, null);
    }

    /** A criterion of one phase (null: a general criterion). */
    public Criterion(String nameIt, String nameEn, int weight, Integer threshold, Integer phase) {
        this.nameIt = Objects.requireNonNull(nameIt);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.weight = weight;
        this.threshold = threshold;
        this.phase = phase;
    }

    /** A detached copy, with its phase. */
    public Criterion copy() {
        return new Criterion(nameIt, nameEn, weight, threshold, phase);
    }

    /**
     * The criteria a phase is judged by, out of all of a challenge's: the phase's own when it has any, otherwise the
     * general ones (without a phase), in their order. One rule for the entity and the views built from it.
     *
     * @param phaseOf the phase of a criterion, null for a general one
     */
    public static <T> List<T> ofPhase(List<T> criteria, Function<T, Integer> phaseOf, int phase) {
        List<T> own = criteria.stream().filter(k -> Objects.equals(phaseOf.apply(k), phase)).toList();
        return own.isEmpty() ? criteria.stream().filter(k -> phaseOf.apply(k) == null).toList() : own;
    }

    /** The phases that have criteria of their own, in ascending order. */
    public static <T> List<Integer> phasesWithOwn(List<T> criteria, Function<T, Integer> phaseOf) {
        return criteria.stream().map(phaseOf).filter(Objects::nonNull).distinct().sorted().toList();
    }

    public String getNameIt() { return nameIt; }
    public String getNameEn() { return nameEn; }
    public int getWeight() { return weight; }
    public Integer getThreshold() { return threshold; }
    public Integer getPhase() { return phase; }

    /** Whether it is a general criterion (judged by every phase without criteria of its own). */
    public boolean isGeneral() {
        return phase == null;
    }
}
