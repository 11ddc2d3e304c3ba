package it.sfide.proposal.web;

import it.sfide.proposal.ProposalContent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What the proposal editor edits, field by field; turned into the domain's {@link ProposalContent} to save. */
public class ProposalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String summary;
    private String solution;
    private String team;
    private BigDecimal budget;
    private List<Line> lines = new ArrayList<>();
    private Integer trlCurrent;
    private Integer trlTarget;
    private String ipTerms;

    /** One budget line. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private String item;
        private BigDecimal amount;

        public String getItem() { return item; }
        public void setItem(String item) { this.item = item; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
    }

    public static ProposalForm of(ProposalContent c) {
        ProposalForm f = new ProposalForm();
        f.title = c.title();
        f.summary = c.summary();
        f.solution = c.solution();
        f.team = c.team();
        f.budget = c.budget();
        for (ProposalContent.BudgetLine l : c.budgetLines()) {
            Line line = new Line();
            line.item = l.item();
            line.amount = l.amount();
            f.lines.add(line);
        }
        if (f.lines.isEmpty()) {
            f.lines.add(new Line());
        }
        f.trlCurrent = c.trlCurrent();
        f.trlTarget = c.trlTarget();
        f.ipTerms = c.ipTerms();
        return f;
    }

    public ProposalContent toContent() {
        return new ProposalContent(title, summary, solution, team, budget,
                lines.stream().map(l -> new ProposalContent.BudgetLine(l.item, l.amount)).toList(), trlCurrent,
                trlTarget, ipTerms);
    }

    public void addLine() {
        lines.add(new Line());
    }

    public void removeLine(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getSolution() { return solution; }
    public void setSolution(String solution) { this.solution = solution; }
    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal budget) { this.budget = budget; }
    public List<Line> getLines() { return lines; }
    public Integer getTrlCurrent() { return trlCurrent; }
    public void setTrlCurrent(Integer trlCurrent) { this.trlCurrent = trlCurrent; }
    public Integer getTrlTarget() { return trlTarget; }
    public void setTrlTarget(Integer trlTarget) { this.trlTarget = trlTarget; }
    public String getIpTerms() { return ipTerms; }
    public void setIpTerms(String ipTerms) { this.ipTerms = ipTerms; }
}
