package it.sfide.challenge.web;

import it.sfide.challenge.QuestionKind;
import it.sfide.challenge.boundary.QuestionForm;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** A question of a market consultation as the buyer edits it in the questionnaire page: options one per line. */
public class QuestionRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private QuestionKind kind = QuestionKind.SINGLE;
    private String textIt;
    private String textEn;
    private String optionsIt;
    private String optionsEn;

    static QuestionRow of(QuestionForm q) {
        QuestionRow row = new QuestionRow();
        row.kind = q.kind();
        row.textIt = q.textIt();
        row.textEn = q.textEn();
        row.optionsIt = String.join("\n", q.optionsIt());
        row.optionsEn = String.join("\n", q.optionsEn());
        return row;
    }

    /** The question as the boundary takes it, options one per line, blank lines left out. */
    QuestionForm toForm() {
        return new QuestionForm(null, kind, textIt, textEn, lines(optionsIt), lines(optionsEn));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    public QuestionKind getKind() { return kind; }
    public void setKind(QuestionKind kind) { this.kind = kind; }
    public String getTextIt() { return textIt; }
    public void setTextIt(String textIt) { this.textIt = textIt; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public String getOptionsIt() { return optionsIt; }
    public void setOptionsIt(String optionsIt) { this.optionsIt = optionsIt; }
    public String getOptionsEn() { return optionsEn; }
    public void setOptionsEn(String optionsEn) { this.optionsEn = optionsEn; }
}
