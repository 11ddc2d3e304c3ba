package it.sfide.evaluation.web;

import it.sfide.evaluation.EvaluationRules;
import it.sfide.evaluation.boundary.ConsensusBoard;
import it.sfide.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the evaluation's pages show scores: the steps of a committee's scale for the score choosers, numbers in the
 * page's language, and the Chart.js settings of the chair's charts (whose figures the pages also give as tables).
 */
@Named("scales")
@ApplicationScoped
public class Scales {

    /** The steps of the scale, lowest first: 0, step, 2 × step, … up to the maximum. */
    public List<BigDecimal> steps(EvaluationRules rules) {
        List<BigDecimal> steps = new ArrayList<>();
        if (rules == null || rules.scaleStep() == null || rules.scaleStep().signum() <= 0) {
            return steps;
        }
        for (BigDecimal s = BigDecimal.ZERO.setScale(1); s.compareTo(rules.scaleMax()) <= 0; s = s.add(rules.scaleStep())) {
            steps.add(s.setScale(1, RoundingMode.UNNECESSARY));
        }
        return steps;
    }

    /** A score with one decimal in the page's language (3,5 / 3.5); empty for none. */
    public String score(BigDecimal value) {
        return format(value, 1);
    }

    /** A mean or a deviation with two decimals. */
    public String mean(BigDecimal value) {
        return format(value, 2);
    }

    private static String format(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }

    private static Locale locale() {
        return "en".equals(Messages.locale().getLanguage()) ? Locale.UK : Locale.ITALY;
    }

    /** A bar per evaluator: reports submitted and still to submit, stacked. */
    public String progressChart(List<ConsensusBoard.Calibration> evaluators) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder done = Json.createArrayBuilder();
        JsonArrayBuilder left = Json.createArrayBuilder();
        for (ConsensusBoard.Calibration e : evaluators) {
            labels.add(e.evaluator());
            done.add(e.submitted());
            left.add(Math.max(0, e.assigned() - e.submitted()));
        }
        JsonArrayBuilder sets = Json.createArrayBuilder()
                .add(dataset(Messages.text("dashboard.progress.submitted"), done, "#1e6b34"))
                .add(dataset(Messages.text("dashboard.progress.left"), left, "#c8d1db"));
        return bar(labels, sets, Math.max(1.0, 3.0 - 0.1 * evaluators.size()));
    }

    /** A bar per step of the scale: how many submitted scores of the criterion fell on it. */
    public String distributionChart(ConsensusBoard.Distribution d) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        d.steps().forEach(s -> labels.add(score(s)));
        JsonArrayBuilder counts = Json.createArrayBuilder();
        d.counts().forEach(counts::add);
        return bar(labels, Json.createArrayBuilder().add(dataset(Messages.text("dashboard.distribution.count"),
                counts, "#0b4f8a")), 0);
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour)
                .add("borderColor", "#1b2630").add("borderWidth", 1);
    }

    /** A bar chart: horizontal and stacked when {@code horizontalAspect} is given (above 0), else vertical. */
    private static String bar(JsonArrayBuilder labels, JsonArrayBuilder datasets, double horizontalAspect) {
        boolean horizontalStacked = horizontalAspect > 0;
        JsonObjectBuilder ticks = Json.createObjectBuilder().add("precision", 0).add("color", "#1b2630");
        JsonObjectBuilder values = Json.createObjectBuilder().add("beginAtZero", true).add("ticks", ticks)
                .add("stacked", horizontalStacked);
        JsonObjectBuilder categories = Json.createObjectBuilder().add("stacked", horizontalStacked)
                .add("ticks", Json.createObjectBuilder().add("color", "#1b2630"));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add(horizontalStacked ? "x" : "y", values).add(horizontalStacked ? "y" : "x", categories);
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("animation", false)
                .add("maintainAspectRatio", true).add("aspectRatio", horizontalStacked ? horizontalAspect : 2)
                .add("indexAxis", horizontalStacked ? "y" : "x").add("scales", scales)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                        .add("display", horizontalStacked).add("labels", Json.createObjectBuilder()
                                .add("color", "#1b2630"))));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString()
                // written into a script by PrimeFaces: no name may close it
                .replace("<", "\\u003c");
    }
}
