package it.sfide.opendata.control;

import it.sfide.challenge.ChallengeStatus;
import it.sfide.challenge.ChallengeType;
import it.sfide.challenge.boundary.AmendmentView;
import it.sfide.challenge.boundary.ChallengeView;
import it.sfide.challenge.boundary.ClarificationView;
import it.sfide.contract.ContractStatus;
import it.sfide.contract.MilestoneStatus;
import it.sfide.contract.boundary.ContractView;
import it.sfide.document.Visibility;
import it.sfide.document.boundary.DocumentView;
import it.sfide.evaluation.boundary.AwardView;
import it.sfide.identity.OrganisationKind;
import it.sfide.identity.boundary.Directory.PartyView;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds the full state of a contracting process as an OCDS 1.1 release, without its {@code id}, {@code date} and
 * {@code tag} (which {@link #release} adds): the same data always gives the same JSON, so its digest tells whether
 * the process changed. The mapping, field by field, is in docs/open-data.md. Texts in Italian, the English ones in
 * OCDS's language variants ({@code title_en}); amounts in euro; instants in UTC to the second.
 */
public final class ReleaseBuilder {

    /** The registered extensions the releases use (process title, lots, enquiries). */
    public static final List<String> EXTENSIONS = List.of(
            "https://raw.githubusercontent.com/open-contracting/ocds_process_title_extension/v1.1.3/extension.json",
            "https://raw.githubusercontent.com/open-contracting/ocds_lots_extension/v1.1.3/extension.json",
            "https://raw.githubusercontent.com/open-contracting/ocds_enquiry_extension/v1.1.3/extension.json");

    static final String CURRENCY = "EUR";
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final String baseUrl;

    /** @param baseUrl the portal's public address, without a trailing slash (documents' links start with it) */
    public ReleaseBuilder(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The process's state: a release without id, date and tag. */
    public JsonObject state(ProcessData p) {
        ChallengeView c = p.challenge();
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("ocid", c.ocid())
                .add("initiationType", "tender")
                .add("language", "it");
        text(b, "title", c.titleIt(), c.titleEn());
        text(b, "description", c.summaryIt(), c.summaryEn());
        b.add("parties", parties(p));
        b.add("buyer", reference(p, c.buyerId()));
        b.add("planning", planning(c));
        b.add("tender", tender(p));
        JsonArray awards = awards(p);
        if (!awards.isEmpty()) {
            b.add("awards", awards);
        }
        JsonArray contracts = contracts(p);
        if (!contracts.isEmpty()) {
            b.add("contracts", contracts);
        }
        return b.build();
    }

    /** The release: the state with its id, date and tags, in the order the standard lists them. */
    public static JsonObject release(JsonObject state, String id, Instant date, List<String> tags) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("ocid", state.getString("ocid")).add("id", id)
                .add("date", instant(date));
        JsonArrayBuilder tagArray = Json.createArrayBuilder();
        tags.forEach(tagArray::add);
        b.add("tag", tagArray);
        state.forEach((key, value) -> {
            if (!"ocid".equals(key)) {
                b.add(key, value);
            }
        });
        return b.build();
    }

    /**
     * When the process last changed, as far as its data tell: the latest of its public events (publication,
     * amendments, clarifications, a phase's closing, awards, contracts' issue and signatures, milestones'
     * decisions, payments, completion), never later than {@code now}; null when none is known.
     */
    public static Instant changedAt(ProcessData p, Instant now) {
        List<Instant> events = new ArrayList<>();
        ChallengeView c = p.challenge();
        events.add(c.publishedAt());
        c.amendments().forEach(a -> events.add(a.madeAt()));
        c.phases().forEach(ph -> events.add(ph.closedAt()));
        p.clarifications().forEach(q -> events.add(q.publishedAt()));
        p.awards().forEach(a -> events.add(a.decidedAt()));
        for (ContractView k : p.contracts()) {
            Stream.of(k.issuedAt(), k.buyerSignedAt(), k.operatorSignedAt(), k.completedAt()).forEach(events::add);
            k.milestones().forEach(m -> events.add(m.decidedAt()));
            k.payments().forEach(x -> events.add(x.recordedAt()));
        }
        p.tenderDocuments().forEach(d -> events.add(d.issuedAt()));
        return events.stream().filter(Objects::nonNull).filter(i -> !i.isAfter(now)).max(Comparator.naturalOrder())
                .orElse(null);
    }

    // --- parties -------------------------------------------------------------------------------------------------

    private JsonArray parties(ProcessData p) {
        ChallengeView c = p.challenge();
        Map<Long, Set<String>> roles = new LinkedHashMap<>();
        role(roles, c.buyerId(), "buyer", "procuringEntity");
        c.coSponsors().forEach(s -> role(roles, s.organisationId(), "interestedParty"));
        p.awards().forEach(a -> a.winners().forEach(w -> role(roles, w.organisationId(), "supplier")));
        for (ContractView k : p.contracts()) {
            role(roles, k.operatorId(), "supplier");
            if (!k.payments().isEmpty()) {
                role(roles, k.bodyId(), "payer");
                role(roles, k.operatorId(), "payee");
            }
        }
        JsonArrayBuilder parties = Json.createArrayBuilder();
        roles.forEach((id, set) -> {
            PartyView party = p.parties().get(id);
            if (party == null) {
                return;
            }
            JsonObjectBuilder o = Json.createObjectBuilder().add("name", party.name()).add("id", partyId(party));
            identifiers(o, party);
            JsonObjectBuilder address = Json.createObjectBuilder();
            if (party.region() != null) {
                address.add("region", regionName(party.region().name()));
            }
            if (party.country() != null) {
                address.add("countryName", party.country());
            }
            o.add("address", address);
            JsonArrayBuilder r = Json.createArrayBuilder();
            set.forEach(r::add);
            o.add("roles", r);
            if (party.kind() == OrganisationKind.PUBLIC_BODY) {
                o.add("details", Json.createObjectBuilder().add("classifications", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("scheme", "sfide-kind").add("id", "publicBody")
                                .add("description", "Pubblica amministrazione"))));
            }
            parties.add(o);
        });
        return parties.build();
    }

    private static void role(Map<Long, Set<String>> roles, long organisation, String... names) {
        Set<String> set = roles.computeIfAbsent(organisation, k -> new LinkedHashSet<>());
        set.addAll(List.of(names));
    }

    /**
     * A party's id in the release: its scheme and identifier ("IT-CF-80050050154"); a foreign organisation's VAT
     * number with its country; the portal's own id when it has neither.
     */
    static String partyId(PartyView party) {
        if (party.taxCode() != null && !party.taxCode().isBlank()) {
            return "IT-CF-" + party.taxCode();
        }
        if (party.vatNumber() != null && !party.vatNumber().isBlank()) {
            return vatScheme(party) + "-" + party.vatNumber();
        }
        return "sfide-org-" + party.id();
    }

    private static String vatScheme(PartyView party) {
        return party.country() == null || "IT".equals(party.country()) ? "IT-IVA" : party.country() + "-VAT";
    }

    private static void identifiers(JsonObjectBuilder o, PartyView party) {
        List<JsonObject> all = new ArrayList<>();
        if (party.taxCode() != null && !party.taxCode().isBlank()) {
            all.add(identifier("IT-CF", party.taxCode(), party.name()));
        }
        if (party.vatNumber() != null && !party.vatNumber().isBlank()) {
            all.add(identifier(vatScheme(party), party.vatNumber(), party.name()));
        }
        if (party.ipaCode() != null && !party.ipaCode().isBlank()) {
            all.add(identifier("IT-IPA", party.ipaCode(), party.name()));
        }
        if (all.isEmpty()) {
            return;
        }
        o.add("identifier", all.get(0));
        if (all.size() > 1) {
            JsonArrayBuilder more = Json.createArrayBuilder();
            all.subList(1, all.size()).forEach(more::add);
            o.add("additionalIdentifiers", more);
        }
    }

    private static JsonObject identifier(String scheme, String id, String legalName) {
        return Json.createObjectBuilder().add("scheme", scheme).add("id", id).add("legalName", legalName).build();
    }

    private static String regionName(String constant) {
        String lower = constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        StringBuilder out = new StringBuilder();
        for (String word : lower.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    private JsonObject reference(ProcessData p, long organisation) {
        PartyView party = p.parties().get(organisation);
        JsonObjectBuilder o = Json.createObjectBuilder();
        if (party != null) {
            o.add("id", partyId(party)).add("name", party.name());
        } else {
            o.add("id", "sfide-org-" + organisation);
        }
        return o.build();
    }

    // --- planning and tender -------------------------------------------------------------------------------------

    private JsonObject planning(ChallengeView c) {
        JsonObjectBuilder planning = Json.createObjectBuilder();
        text(planning, "rationale", c.need(), c.needEn());
        JsonObjectBuilder budget = Json.createObjectBuilder().add("id", "budget");
        text(budget, "description", c.expectedOutcomes(), c.expectedOutcomesEn());
        if (c.budget() != null) {
            budget.add("amount", money(c.budget()));
        }
        text(budget, "project", c.titleIt(), c.titleEn());
        if (c.cup() != null && !c.cup().isBlank()) {
            budget.add("projectID", c.cup());
        }
        planning.add("budget", budget);
        return planning.build();
    }

    private JsonObject tender(ProcessData p) {
        ChallengeView c = p.challenge();
        JsonObjectBuilder t = Json.createObjectBuilder()
                .add("id", c.cig() != null && !c.cig().isBlank() ? c.cig() : c.ocid() + "-tender");
        text(t, "title", c.titleIt(), c.titleEn());
        text(t, "description", c.summaryIt(), c.summaryEn());
        t.add("status", tenderStatus(c));
        t.add("procuringEntity", reference(p, c.buyerId()));
        if (c.budget() != null) {
            t.add("value", money(c.budget()));
        }
        t.add("procurementMethod", "open");
        t.add("procurementMethodDetails", methodDetails(c.type()));
        t.add("mainProcurementCategory", "services");
        if (c.type() != ChallengeType.MARKET_CONSULTATION) {
            t.add("awardCriteria", "ratedCriteria");
            t.add("awardCriteriaDetails", criteria(c.generalCriteria(), c.overallThreshold()));
        }
        t.add("submissionMethod", Json.createArrayBuilder().add("electronicSubmission"));
        t.add("submissionMethodDetails", baseUrl + "/challenges/challenge.xhtml?id=" + c.id());
        if (!c.phases().isEmpty()) {
            ChallengeView.PhaseView first = c.phases().get(0);
            t.add("tenderPeriod", period(first.opensAt(), first.closesAt()));
        }
        if (c.clarificationsUntil() != null) {
            t.add("enquiryPeriod", period(c.publishedAt(), c.clarificationsUntil()));
        }
        JsonObject awardPeriod = awardPeriod(p);
        if (!awardPeriod.isEmpty()) {
            t.add("awardPeriod", awardPeriod);
        }
        t.add("hasEnquiries", !p.clarifications().isEmpty());
        if (!p.clarifications().isEmpty()) {
            JsonArrayBuilder enquiries = Json.createArrayBuilder();
            for (ClarificationView q : p.clarifications()) {
                JsonObjectBuilder e = Json.createObjectBuilder().add("id", String.valueOf(q.id()));
                optional(e, "date", q.publishedAt());
                optional(e, "description", q.question());
                optional(e, "answer", q.answer());
                optional(e, "dateAnswered", q.publishedAt());
                enquiries.add(e);
            }
            t.add("enquiries", enquiries);
        }
        t.add("lots", lots(p));
        JsonArray documents = tenderDocuments(p);
        if (!documents.isEmpty()) {
            t.add("documents", documents);
        }
        if (!c.amendments().isEmpty()) {
            JsonArrayBuilder amendments = Json.createArrayBuilder();
            int n = 0;
            for (AmendmentView a : c.amendments()) {
                n++;
                JsonObjectBuilder x = Json.createObjectBuilder().add("id", "amendment-" + n);
                optional(x, "date", a.madeAt());
                optional(x, "rationale", a.reason());
                x.add("description", amendmentDescription(a));
                amendments.add(x);
            }
            t.add("amendments", amendments);
        }
        return t.build();
    }

    /**
     * The evaluation: from the first phase's closing (when proposals stop and the evaluation may begin) to the
     * latest award decision.
     */
    private static JsonObject awardPeriod(ProcessData p) {
        Instant closed = p.challenge().phases().stream().map(ChallengeView.PhaseView::closedAt)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        Instant decided = p.awards().stream().map(AwardView::decidedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return period(closed, decided);
    }

    private static String tenderStatus(ChallengeView c) {
        return switch (c.status()) {
            case CANCELLED -> "cancelled";
            case AWARDED, IN_EXECUTION, COMPLETED -> "complete";
            case DRAFT -> "planning";
            default -> "active";
        };
    }

    private static String methodDetails(ChallengeType type) {
        return switch (type) {
            case CHALLENGE_PRIZE -> "Premio per sfida di innovazione (challenge prize)";
            case MARKET_CONSULTATION -> "Consultazione preliminare di mercato (art. 77 d.lgs. 36/2023)";
            case PCP -> "Appalto pre-commerciale (PCP)";
            case PPI -> "Appalto pubblico di soluzioni innovative (PPI)";
            case INNOVATION_PARTNERSHIP -> "Partenariato per l'innovazione (art. 75 d.lgs. 36/2023)";
        };
    }

    private static String criteria(List<ChallengeView.CriterionView> criteria, Integer overall) {
        StringBuilder s = new StringBuilder();
        for (ChallengeView.CriterionView k : criteria) {
            if (!s.isEmpty()) {
                s.append("; ");
            }
            s.append(k.nameIt()).append(" (peso ").append(k.weight());
            if (k.threshold() != null) {
                s.append(", soglia ").append(k.threshold());
            }
            s.append(')');
        }
        if (overall != null) {
            s.append(s.isEmpty() ? "" : ". ").append("Soglia complessiva ").append(overall);
        }
        return s.isEmpty() ? "Criteri pubblicati nell'avviso" : s.toString();
    }

    private static String amendmentDescription(AmendmentView a) {
        StringBuilder s = new StringBuilder(switch (a.kind()) {
            case DEADLINE -> "Proroga della scadenza";
            case TEXT -> "Modifica del testo";
            case SUSPENSION -> "Sospensione";
            default -> a.kind().name();
        });
        if (a.phaseNumber() != null) {
            s.append(", fase ").append(a.phaseNumber());
        }
        if (a.oldClose() != null && a.newClose() != null) {
            s.append(": dal ").append(instant(a.oldClose())).append(" al ").append(instant(a.newClose()));
        }
        if (a.noticeProtocol() != null) {
            s.append(" (avviso ").append(a.noticeProtocol()).append(')');
        }
        return s.toString();
    }

    /** The lot of a phase: the CIG when the challenge has one and a single phase, otherwise "fase-N". */
    static String lotId(ChallengeView c, int phase) {
        if (c.cig() != null && !c.cig().isBlank() && c.phases().size() == 1) {
            return c.cig();
        }
        return "fase-" + phase;
    }

    private JsonArray lots(ProcessData p) {
        ChallengeView c = p.challenge();
        JsonArrayBuilder lots = Json.createArrayBuilder();
        for (ChallengeView.PhaseView ph : c.phases()) {
            JsonObjectBuilder lot = Json.createObjectBuilder().add("id", lotId(c, ph.number()))
                    .add("title", "Fase " + ph.number()).add("title_en", "Phase " + ph.number());
            StringBuilder d = new StringBuilder("Proposte dal ").append(instant(ph.opensAt())).append(" al ")
                    .append(instant(ph.closesAt()));
            if (ph.closedAt() != null) {
                d.append(", chiusa il ").append(instant(ph.closedAt()));
            }
            List<ChallengeView.CriterionView> own = c.criteria().stream()
                    .filter(k -> Objects.equals(k.phase(), ph.number())).toList();
            if (!own.isEmpty()) {
                d.append(". Criteri della fase: ").append(criteria(own, null));
            }
            lot.add("description", d.toString());
            boolean awarded = p.awards().stream().anyMatch(a -> a.phase() == ph.number());
            lot.add("status", c.status() == ChallengeStatus.CANCELLED ? "cancelled" : awarded ? "complete" : "active");
            if (ph.budget() != null) {
                lot.add("value", money(ph.budget()));
            }
            lots.add(lot);
        }
        return lots.build();
    }

    private JsonArray tenderDocuments(ProcessData p) {
        JsonArrayBuilder documents = Json.createArrayBuilder();
        for (DocumentView d : p.tenderDocuments()) {
            documents.add(document(d, "challenge-clarifications".equals(d.recordType()) ? "clarifications"
                    : "tenderNotice"));
        }
        return documents.build();
    }

    // --- awards and contracts ------------------------------------------------------------------------------------

    /** An award's id: one award per phase ("award-fase-1"), its revisions are updates of it. */
    static String awardId(int phase) {
        return "award-fase-" + phase;
    }

    private JsonArray awards(ProcessData p) {
        ChallengeView c = p.challenge();
        JsonArrayBuilder awards = Json.createArrayBuilder();
        for (AwardView a : p.awards().stream().sorted(Comparator.comparingInt(AwardView::phase)).toList()) {
            JsonObjectBuilder x = Json.createObjectBuilder().add("id", awardId(a.phase()));
            x.add("title", (a.stageGate() ? "Selezione per la fase " : "Aggiudicazione della fase ") + a.phase());
            if (a.reason() != null && !a.reason().isBlank()) {
                x.add("description", "Revisione " + a.revision() + ": " + a.reason());
            }
            x.add("status", a.winners().isEmpty() ? "unsuccessful" : "active");
            optional(x, "date", a.decidedAt());
            BigDecimal total = a.winners().stream().map(AwardView.Winner::amount).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!a.winners().isEmpty()) {
                x.add("value", money(total));
                JsonArrayBuilder suppliers = Json.createArrayBuilder();
                Set<Long> seen = new LinkedHashSet<>();
                a.winners().stream().filter(w -> seen.add(w.organisationId()))
                        .forEach(w -> suppliers.add(reference(p, w.organisationId())));
                x.add("suppliers", suppliers);
            }
            x.add("relatedLots", Json.createArrayBuilder().add(lotId(c, a.phase())));
            DocumentView decision = a.decisionProtocol() == null ? null : p.awardDocuments().get(a.decisionProtocol());
            if (decision != null) {
                x.add("documents", Json.createArrayBuilder().add(document(decision, "awardNotice")));
            }
            awards.add(x);
        }
        return awards.build();
    }

    private JsonArray contracts(ProcessData p) {
        JsonArrayBuilder contracts = Json.createArrayBuilder();
        for (ContractView k : p.contracts()) {
            JsonObjectBuilder x = Json.createObjectBuilder().add("id", k.code() == null ? "contract-" + k.id()
                    : k.code());
            x.add("awardID", awardId(k.phase()));
            x.add("title", "Contratto " + (k.code() == null ? "" : k.code() + " ") + "— fase " + k.phase());
            optional(x, "description", k.object());
            x.add("status", contractStatus(k.status()));
            if (k.startsOn() != null || k.endsOn() != null) {
                JsonObjectBuilder period = Json.createObjectBuilder();
                if (k.startsOn() != null) {
                    period.add("startDate", day(k.startsOn()));
                }
                if (k.endsOn() != null) {
                    period.add("endDate", day(k.endsOn()));
                }
                x.add("period", period);
            }
            if (k.value() != null) {
                x.add("value", money(k.value()));
            }
            Instant signed = k.operatorSignedAt() != null && k.buyerSignedAt() != null
                    ? later(k.operatorSignedAt(), k.buyerSignedAt()) : null;
            optional(x, "dateSigned", signed);
            Map<String, DocumentView> docs = new LinkedHashMap<>();
            p.contractDocuments().getOrDefault(k.id(), List.of()).forEach(d -> docs.put(d.protocol(), d));
            JsonArrayBuilder documents = Json.createArrayBuilder();
            boolean any = false;
            if (k.protocol() != null && docs.containsKey(k.protocol()) && signed != null) {
                documents.add(document(docs.get(k.protocol()), "contractSigned"));
                any = true;
            }
            if (any) {
                x.add("documents", documents);
            }
            if (!k.milestones().isEmpty()) {
                JsonArrayBuilder milestones = Json.createArrayBuilder();
                for (ContractView.MilestoneView m : k.milestones()) {
                    JsonObjectBuilder ms = Json.createObjectBuilder().add("id", "milestone-" + m.number())
                            .add("title", m.title()).add("type", "delivery");
                    optional(ms, "description", m.description());
                    if (m.dueOn() != null) {
                        ms.add("dueDate", day(m.dueOn()));
                    }
                    boolean met = m.status() == MilestoneStatus.ACCEPTED;
                    ms.add("status", met ? "met" : "scheduled");
                    if (met) {
                        optional(ms, "dateMet", m.decidedAt());
                    }
                    Instant modified = later(m.submittedAt(), m.decidedAt());
                    optional(ms, "dateModified", modified);
                    if (m.acceptanceProtocol() != null && docs.containsKey(m.acceptanceProtocol())) {
                        ms.add("documents", Json.createArrayBuilder()
                                .add(document(docs.get(m.acceptanceProtocol()), "completionCertificate")));
                    }
                    milestones.add(ms);
                }
                x.add("milestones", milestones);
            }
            JsonObject implementation = implementation(p, k, docs);
            if (!implementation.isEmpty()) {
                x.add("implementation", implementation);
            }
            contracts.add(x);
        }
        return contracts.build();
    }

    private JsonObject implementation(ProcessData p, ContractView k, Map<String, DocumentView> docs) {
        JsonObjectBuilder i = Json.createObjectBuilder();
        if (!k.payments().isEmpty()) {
            JsonArrayBuilder transactions = Json.createArrayBuilder();
            for (ContractView.PaymentView x : k.payments()) {
                JsonObjectBuilder t = Json.createObjectBuilder().add("id", "payment-" + x.id());
                if (x.paidOn() != null) {
                    t.add("date", day(x.paidOn()));
                }
                t.add("value", money(x.amount()));
                t.add("payer", reference(p, k.bodyId()));
                t.add("payee", reference(p, k.operatorId()));
                transactions.add(t);
            }
            i.add("transactions", transactions);
        }
        List<JsonObject> milestones = new ArrayList<>();
        for (ContractView.MilestoneView m : k.milestones()) {
            if (m.status() == MilestoneStatus.ACCEPTED) {
                JsonObjectBuilder ms = Json.createObjectBuilder().add("id", "milestone-" + m.number())
                        .add("title", m.title()).add("type", "delivery").add("status", "met");
                optional(ms, "dateMet", m.decidedAt());
                milestones.add(ms.build());
            }
        }
        if (!milestones.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            milestones.forEach(array::add);
            i.add("milestones", array);
        }
        if (k.completionProtocol() != null && docs.containsKey(k.completionProtocol())) {
            i.add("documents", Json.createArrayBuilder()
                    .add(document(docs.get(k.completionProtocol()), "completionCertificate")));
        }
        return i.build();
    }

    private static String contractStatus(ContractStatus status) {
        return switch (status) {
            case SIGNED -> "active";
            case COMPLETED -> "terminated";
            default -> "pending";
        };
    }

    // --- small pieces --------------------------------------------------------------------------------------------

    /**
     * A signed document: its protocol as id, title, type, when issued, and where to read it (a public document's
     * PDF; the public verification page of a restricted one, which shows what it is without its content); its
     * SHA-256 in the description, so a copy can be checked against it.
     */
    private JsonObject document(DocumentView d, String type) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", d.protocol()).add("documentType", type);
        optional(o, "title", d.title());
        o.add("description", "Protocollo " + d.protocol() + ", SHA-256 " + d.sha256()
                + (d.visibility() == Visibility.PUBLIC ? "" : ". Documento riservato alle parti: verificabile"));
        o.add("url", d.visibility() == Visibility.PUBLIC ? baseUrl + d.downloadPath()
                : baseUrl + "/verify?p=" + d.protocol());
        optional(o, "datePublished", d.issuedAt());
        o.add("format", "application/pdf");
        if (d.language() != null) {
            o.add("language", d.language());
        }
        return o.build();
    }

    private static JsonObject money(BigDecimal amount) {
        return Json.createObjectBuilder().add("amount", amount).add("currency", CURRENCY).build();
    }

    private static JsonObject period(Instant start, Instant end) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        optional(o, "startDate", start);
        optional(o, "endDate", end);
        return o.build();
    }

    private static void text(JsonObjectBuilder b, String field, String italian, String english) {
        if (italian != null && !italian.isBlank()) {
            b.add(field, italian);
        }
        if (english != null && !english.isBlank()) {
            b.add(field + "_en", english);
        }
    }

    private static void optional(JsonObjectBuilder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(field, value);
        }
    }

    private static void optional(JsonObjectBuilder b, String field, Instant value) {
        if (value != null) {
            b.add(field, instant(value));
        }
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** An instant as OCDS dates it: UTC, to the second. */
    public static String instant(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A calendar day (contract periods, due dates, payments) as the start of that day in Italy. */
    static String day(LocalDate day) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.atStartOfDay(ROME).toOffsetDateTime());
    }
}
