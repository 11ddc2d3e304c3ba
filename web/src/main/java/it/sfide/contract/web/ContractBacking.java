package it.sfide.contract.web;

import it.sfide.contract.MilestoneStatus;
import it.sfide.contract.boundary.ContractForm;
import it.sfide.contract.boundary.CompletionService;
import it.sfide.contract.boundary.ContractService;
import it.sfide.contract.boundary.ContractView;
import it.sfide.contract.boundary.DeliveryService;
import it.sfide.contract.boundary.PaymentService;
import it.sfide.document.boundary.ExternalSignatures;
import it.sfide.platform.web.Actions;
import it.sfide.platform.web.Messages;
import it.sfide.platform.web.PageDownloads;
import it.sfide.shared.SfideException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A contract's page ({@code ?id=}): for both parties its terms, signatures, milestones with their deliverables,
 * payments and the timeline; for the buyer's officers the draft's form, the issue, their signature, the decisions
 * on deliverables and the payments; for the operator's members the deliveries and, for a legal representative,
 * the signature. Every button calls the same boundary method as the API.
 */
@Named
@ViewScoped
public class ContractBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContractService contracts;

    @Inject
    DeliveryService deliveries;

    @Inject
    PaymentService payments;

    @Inject
    CompletionService completion;

    private long id;
    private ContractView view;

    // the draft's form
    private String object;
    private BigDecimal value;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private List<Row> rows = new ArrayList<>();

    private String password;
    private transient Part signedCopy;

    // a delivery
    private Integer deliverMilestone;
    private String report;
    private transient List<Part> files;

    // decisions, per milestone
    private final Map<Integer, String> reasons = new HashMap<>();

    // a payment
    private Integer payMilestone;
    private BigDecimal payAmount;
    private LocalDate paidOn;
    private String reference;

    // the completion
    private String remarks;

    @PostConstruct
    void init() {
        id = Messages.requiredParameter("id", "contract.error.notFound");
        view = contracts.get(id);
        object = view.object();
        value = view.value();
        startsOn = view.startsOn();
        endsOn = view.endsOn();
        rows = new ArrayList<>(view.milestones().stream().map(m -> new Row(m.title(), m.description(), m.dueOn(),
                m.amount())).toList());
        deliverMilestone = view.milestones().stream().filter(m -> m.status() == MilestoneStatus.PENDING
                || m.status() == MilestoneStatus.REJECTED).map(ContractView.MilestoneView::number).findFirst()
                .orElse(null);
        payMilestone = view.milestones().stream().filter(m -> m.status() == MilestoneStatus.ACCEPTED
                && m.paid().compareTo(m.amount()) < 0).map(ContractView.MilestoneView::number).findFirst().orElse(null);
    }

    /** A milestone row of the draft's form. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String description;
        private LocalDate dueOn;
        private BigDecimal amount;

        public Row() {
        }

        Row(String title, String description, LocalDate dueOn, BigDecimal amount) {
            this.title = title;
            this.description = description;
            this.dueOn = dueOn;
            this.amount = amount;
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
    }

    private String here() {
        return "/contracts/contract?faces-redirect=true&id=" + id;
    }

    public String save() {
        return Actions.run(() -> contracts.update(id, form()), "contract.saved", here());
    }

    public void addRow() {
        rows.add(new Row());
    }

    public void removeRow(int index) {
        if (index >= 0 && index < rows.size() && rows.size() > 1) {
            rows.remove(index);
        }
    }

    /** Saves what is on the form, then issues the contract for signature. */
    public String issue() {
        return Actions.run(() -> {
            contracts.update(id, form());
            contracts.issue(id);
        }, "contract.issued", here());
    }

    public String sign() {
        String typed = password;
        password = null;
        return Actions.run(() -> {
            if (view.caller().officer()) {
                contracts.signAsBuyer(id, typed);
            } else {
                contracts.signAsOperator(id, typed);
            }
        }, "contract.signed", here());
    }

    public String deliver() {
        if (deliverMilestone == null) {
            throw SfideException.invalid("deliverMilestone", "error.required");
        }
        List<DeliveryService.Upload> uploads = new ArrayList<>();
        for (Part p : files == null ? List.<Part>of() : files) {
            if (p == null || p.getSize() == 0) {
                continue;
            }
            if (p.getSize() > DeliveryService.FILE_MAX) {
                throw SfideException.invalid("files", "contract.error.fileSize", p.getSubmittedFileName(),
                        DeliveryService.FILE_MAX / (1024 * 1024));
            }
            try (InputStream in = p.getInputStream()) {
                uploads.add(new DeliveryService.Upload(p.getSubmittedFileName(), in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int n = deliverMilestone;
        return Actions.run(() -> deliveries.submit(id, n, report, uploads), "contract.delivered", here());
    }

    public String accept(int milestone) {
        return Actions.run(() -> deliveries.accept(id, milestone), "contract.accepted", here());
    }

    public String reject(int milestone) {
        return Actions.run(() -> deliveries.reject(id, milestone, reasons.get(milestone)), "contract.rejected",
                here());
    }

    public String pay() {
        if (payMilestone == null) {
            throw SfideException.invalid("payMilestone", "error.required");
        }
        int n = payMilestone;
        return Actions.run(() -> payments.record(id, new PaymentService.PaymentForm(n, payAmount, paidOn, reference)),
                "contract.paid", here());
    }

    public String complete() {
        return Actions.run(() -> completion.complete(id, remarks), "contract.completed", here());
    }

    public void downloadDocument() {
        ContractService.SignedFile f = contracts.document(id);
        PageDownloads.send(f.content(), f.contentType(), f.name());
    }

    /** The operator uploads the contract signed with a legal representative's own qualified signature. */
    public String uploadSigned() {
        if (signedCopy == null || signedCopy.getSize() == 0) {
            throw SfideException.invalid("signedCopy", "contract.error.signedCopyMissing");
        }
        if (signedCopy.getSize() > ExternalSignatures.MAX_BYTES) {
            throw SfideException.invalid("signedCopy", "document.error.external.tooLarge",
                    ExternalSignatures.MAX_BYTES / (1024 * 1024));
        }
        byte[] content;
        try (InputStream in = signedCopy.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = signedCopy.getSubmittedFileName();
        return Actions.run(() -> contracts.uploadSigned(id, name, content), "contract.signedCopy.done", here());
    }

    public void downloadFile(long fileId) {
        DeliveryService.FileContent f = deliveries.file(id, fileId);
        PageDownloads.send(f.content(), f.contentType(), f.name());
    }

    public void downloadPayments() {
        PageDownloads.send(payments.csv(id).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8",
                "pagamenti-" + view.code() + ".csv");
    }

    /** The milestones the operator may deliver now. */
    public List<ContractView.MilestoneView> getDeliverable() {
        return view.milestones().stream().filter(m -> m.status() == MilestoneStatus.PENDING
                || m.status() == MilestoneStatus.REJECTED).toList();
    }

    /** The accepted milestones not fully paid. */
    public List<ContractView.MilestoneView> getPayable() {
        return view.milestones().stream().filter(m -> m.status() == MilestoneStatus.ACCEPTED
                && m.paid().compareTo(m.amount()) < 0).toList();
    }

    /**
     * The timeline: the contract's period, then each milestone on its due date with its state as a CSS class (the
     * milestones' table beside it says the same in words, for screen readers).
     */
    public TimelineModel<String, Object> getTimeline() {
        TimelineModel<String, Object> model = new TimelineModel<>();
        model.add(TimelineEvent.<String>builder().id("period").data(Messages.text("contract.timeline.period"))
                .startDate(view.startsOn()).endDate(view.endsOn()).styleClass("period").editable(false).build());
        for (ContractView.MilestoneView m : view.milestones()) {
            model.add(TimelineEvent.<String>builder().id("m" + m.number()).data(m.number() + ". " + m.title() + " — "
                    + Messages.text("milestoneStatus." + m.status().name()))
                    .startDate(m.dueOn()).styleClass("milestone-" + m.status().name() + (m.overdue() ? " overdue" : ""))
                    .editable(false).build());
        }
        return model;
    }

    private ContractForm form() {
        return new ContractForm(object, value, startsOn, endsOn, rows.stream().map(r -> new ContractForm.Milestone(
                r.getTitle(), r.getDescription(), r.getDueOn(), r.getAmount())).toList());
    }

    /** The schedule's own field, where a refusal of the whole schedule is shown; it carries no value. */
    public String getSchedule() { return ""; }
    public void setSchedule(String ignored) { }

    public ContractView getView() { return view; }
    public long getId() { return id; }
    public String getObject() { return object; }
    public void setObject(String object) { this.object = object; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public List<Row> getRows() { return rows; }
    public Part getSignedCopy() { return signedCopy; }
    public void setSignedCopy(Part signedCopy) { this.signedCopy = signedCopy; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Integer getDeliverMilestone() { return deliverMilestone; }
    public void setDeliverMilestone(Integer deliverMilestone) { this.deliverMilestone = deliverMilestone; }
    public String getReport() { return report; }
    public void setReport(String report) { this.report = report; }
    public List<Part> getFiles() { return files; }
    public void setFiles(List<Part> files) { this.files = files; }
    public Map<Integer, String> getReasons() { return reasons; }
    public Integer getPayMilestone() { return payMilestone; }
    public void setPayMilestone(Integer payMilestone) { this.payMilestone = payMilestone; }
    public BigDecimal getPayAmount() { return payAmount; }
    public void setPayAmount(BigDecimal payAmount) { this.payAmount = payAmount; }
    public LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
    public String getRemarks() { return remarks; }
    public void setRemarks(String remarks) { this.remarks = remarks; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
}
