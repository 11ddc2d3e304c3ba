package it.sfide.challenge.web;

import java.util.List;
import java.util.Map;

/**
 * The steps of the writing wizard and which fields each holds, so that a problem found by the boundary is named
 * with the field's label, and the wizard opens the step where it is (the inputs carry the fields' names as ids).
 */
final class WizardSteps {

    /** The steps, in order; the last is the preview. */
    static final List<String> STEPS = List.of("basics", "need", "money", "evaluation", "preview");

    private static final Map<String, String> STEP_OF = Map.ofEntries(
            Map.entry("type", "basics"), Map.entry("titleIt", "basics"), Map.entry("titleEn", "basics"),
            Map.entry("summaryIt", "basics"), Map.entry("summaryEn", "basics"),
            Map.entry("need", "need"), Map.entry("needEn", "need"), Map.entry("expectedOutcomes", "need"),
            Map.entry("expectedOutcomesEn", "need"), Map.entry("themes", "need"),
            Map.entry("region", "need"), Map.entry("trlMin", "need"), Map.entry("trlMax", "need"),
            Map.entry("requiredDocuments", "need"),
            Map.entry("budget", "money"), Map.entry("awardValue", "money"), Map.entry("phases", "money"),
            Map.entry("cig", "money"), Map.entry("cup", "money"), Map.entry("clarificationsUntil", "money"),
            Map.entry("attachmentPageLimit", "money"),
            Map.entry("criteria", "evaluation"), Map.entry("overallThreshold", "evaluation"),
            Map.entry("tieBreak", "evaluation"), Map.entry("blindReview", "evaluation"));

    private WizardSteps() {
    }

    /** The field without its row: {@code phases[1].closesAt} is {@code phases}. */
    static String base(String field) {
        if (field == null) {
            return null;
        }
        int bracket = field.indexOf('[');
        return bracket < 0 ? field : field.substring(0, bracket);
    }

    static int stepOf(String field) {
        String step = STEP_OF.get(base(field));
        return step == null ? 0 : STEPS.indexOf(step);
    }

    /** The bundle key of the field's label. */
    static String label(String field) {
        return "challenge.field." + base(field);
    }
}
