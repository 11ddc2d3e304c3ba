package it.sfide.evaluation.boundary;

import java.time.Instant;
import java.util.List;

/**
 * What a person declares as an evaluator: themes (the challenges' theme codes), free keywords (comma separated)
 * and affiliations (one organisation per line, by name or tax code). Expertise matches them to proposals;
 * affiliations exclude them from the proposals of those organisations.
 */
public record ExpertiseView(List<String> themes, String keywords, String affiliations, Instant updatedAt) {
}
