package it.sfide.evaluation.web;

import it.sfide.document.boundary.DocumentRegistry;
import it.sfide.evaluation.boundary.CommitteeService;
import it.sfide.evaluation.boundary.DeclarationForm;
import it.sfide.platform.web.Messages;
import it.sfide.platform.web.PageDownloads;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * A member's conflict-of-interest declaration: the applicants and the conflicts Sfide found, the conflicts the
 * member declares in their words, signed with their password; once signed, its protocol and document.
 */
@Named
@ViewScoped
public class DeclarationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeService committees;

    @Inject
    DocumentRegistry documents;

    private long id;
    private DeclarationForm form;
    private List<Row> rows;
    private String password;

    /** One applicant as the form shows it, with what the member declares about it. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final DeclarationForm.Line line;
        private boolean conflict;
        private String statement;

        Row(DeclarationForm.Line line) {
            this.line = line;
        }

        public DeclarationForm.Line getLine() { return line; }
        public boolean isConflict() { return conflict; }
        public void setConflict(boolean conflict) { this.conflict = conflict; }
        public String getStatement() { return statement; }
        public void setStatement(String statement) { this.statement = statement; }
    }

    @PostConstruct
    void init() {
        id = Messages.requiredParameter("committee", "evaluation.error.notFound");
        form = committees.declarationForm(id);
        rows = form.applicants().stream().map(Row::new).toList();
    }

    public String sign() {
        List<DeclarationForm.Declared> declared = rows.stream().filter(Row::isConflict)
                .map(r -> new DeclarationForm.Declared(r.line.candidateId(), r.statement)).toList();
        try {
            committees.declare(id, declared, password);
        } finally {
            password = null;
        }
        Messages.info("evaluation.declaration.signed");
        return "/evaluation/declaration?faces-redirect=true&committee=" + id;
    }

    public void download() {
        PageDownloads.send(documents.content(form.declarationProtocol()), "application/pdf",
                form.declarationProtocol() + ".pdf");
    }

    public long getId() { return id; }
    public DeclarationForm getForm() { return form; }
    public List<Row> getRows() { return rows; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
