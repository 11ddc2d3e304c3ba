package it.sfide.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/**
 * A criterion the committee scores, copied from the challenge (or a PCP phase's own criteria) when the committee is
 * appointed, so later edits elsewhere never change what was scored: its number (1…), names, weight (all weights
 * sum to 100) and its threshold in weighted points (out of the weight), or none.
 */
@Embeddable
public class EvaluationCriterion {

    @Column(name = "criterion_no", nullable = false)
    private int number;

    @Column(name = "name_it", nullable = false, length = 200)
    private String nameIt;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "weight", nullable = false)
    private int weight;

    @Column(name = "threshold")
    private Integer threshold;

    protected EvaluationCriterion() {
    }

    public EvaluationCriterion(int number, String nameIt, String nameEn, int weight, Integer threshold) {
        this.number = number;
        this.nameIt = Objects.requireNonNull(nameIt);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.weight = weight;
        this.threshold = threshold;
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameIt;
    }

    public int getNumber() { return number; }
    public String getNameIt() { return nameIt; }
    public String getNameEn() { return nameEn; }
    public int getWeight() { return weight; }
    public Integer getThreshold() { return threshold; }
}
