package it.sfide.challenge.boundary;

import java.util.List;

/** The answer to one question: a text, or the chosen options by position (from 0). */
public record AnswerForm(long questionId, String text, List<Integer> choices) {
}
