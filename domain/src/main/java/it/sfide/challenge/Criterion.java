package it.sfide.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** An evaluation criterion: its name in both languages, its weight (all weights sum to 100) and its threshold. */
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

    protected Criterion() {
    }

    public Criterion(String nameIt, String nameEn, int weight, Integer threshold) {
        this.nameIt = Objects.requireNonNull(nameIt);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.weight = weight;
        this.threshold = threshold;
    }

    /** A detached copy. */
    public Criterion copy() {
        return new Criterion(nameIt, nameEn, weight, threshold);
    }

    public String getNameIt() { return nameIt; }
    public String getNameEn() { return nameEn; }
    public int getWeight() { return weight; }
    public Integer getThreshold() { return threshold; }
}
