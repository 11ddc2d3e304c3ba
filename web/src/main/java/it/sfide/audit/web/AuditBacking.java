package it.sfide.audit.web;

import it.sfide.audit.AuditOutcome;
import it.sfide.audit.boundary.AuditLog;
import it.sfide.audit.boundary.AuditQuery;
import it.sfide.audit.boundary.AuditView;
import it.sfide.audit.boundary.ChainCheck;
import it.sfide.platform.i18n.Texts;
import it.sfide.platform.web.Messages;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The admin's audit log: filters by actor, action, organisation, outcome and days (Europe/Rome), read page by page
 * from the boundary, with actions in words and names instead of ids; and the chain check.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final String ACTION = "auditAction.";
    static final String TARGET = "auditTarget.";

    @Inject
    AuditLog log;

    private String actor;
    private String action;
    private Long organisationId;
    private AuditOutcome outcome;
    private LocalDate from;
    private LocalDate to;
    private Map<Long, String> organisations;
    private ChainCheck check;
    private AuditQuery query = AuditQuery.all();
    private final LazyDataModel<AuditView> records = new Rows();

    /** Applies the filters (the table goes back to its first page). */
    public void search() {
        query = new AuditQuery(actor, action, organisationId, outcome,
                from == null ? null : from.atStartOfDay(ROME).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ROME).toInstant());
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":records:list");
        if (table instanceof DataTable list) {
            list.setFirst(0);
        }
    }

    public void verify() {
        check = log.verify();
    }

    /** The action in words; the code itself for an action the bundles do not name. */
    public String actionName(String code) {
        String key = ACTION + code;
        String text = Messages.text(key);
        return key.equals(text) ? code : text;
    }

    /** The kind of object in words; the code itself for a kind the bundles do not name. */
    public String targetName(String type) {
        String key = TARGET + type;
        String text = Messages.text(key);
        return key.equals(text) ? type : text;
    }

    /** The actions the bundles name, in the order of their words in the reader's language. */
    public List<String> getActions() {
        ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, Texts.supported(Messages.locale()),
                Texts.class.getClassLoader());
        return bundle.keySet().stream().filter(k -> k.startsWith(ACTION)).map(k -> k.substring(ACTION.length()))
                .sorted(Comparator.comparing(this::actionName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public Map<Long, String> getOrganisations() {
        if (organisations == null) {
            organisations = log.organisations();
        }
        return organisations;
    }

    /** The records of the current query, a page at a time. */
    private final class Rows extends LazyDataModel<AuditView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, log.count(query));
        }

        @Override
        public List<AuditView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return log.page(query, first, pageSize, Messages.locale());
        }

        @Override
        public String getRowKey(AuditView row) {
            return Long.toString(row.seq());
        }

        @Override
        public AuditView getRowData(String rowKey) {
            return null;
        }
    }

    public AuditOutcome[] getOutcomes() { return AuditOutcome.values(); }
    public LazyDataModel<AuditView> getRecords() { return records; }
    public ChainCheck getCheck() { return check; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public AuditOutcome getOutcome() { return outcome; }
    public void setOutcome(AuditOutcome outcome) { this.outcome = outcome; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
