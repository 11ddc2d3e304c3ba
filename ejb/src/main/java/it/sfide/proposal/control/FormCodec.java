package it.sfide.proposal.control;

import it.sfide.proposal.ProposalContent;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections of a proposal as JSON (UTF-8): how a draft is encrypted at rest and what a submission seals,
 * together with its consortium and the list of its files.
 */
public final class FormCodec {

    private FormCodec() {
    }

    /** A partner as the sealed form records it. */
    public record PartnerTerms(long organisationId, String organisationName, String role, BigDecimal budgetShare) {
    }

    /** A file as the sealed form records it. */
    public record FileEntry(String name, long sizeBytes, int pages, String sha256) {
    }

    public static byte[] encode(ProposalContent c) {
        return object(c).build().toString().getBytes(StandardCharsets.UTF_8);
    }

    public static ProposalContent decode(byte[] json) {
        if (json == null) {
            return ProposalContent.empty();
        }
        try (var reader = Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))) {
            return content(reader.readObject());
        }
    }

    /**
     * What a submission seals: the sections, the consortium and the files (name, size, pages, SHA-256), with the
     * proposal's identity and the submission's number.
     */
    public static byte[] sealedForm(long proposalId, int seq, ProposalContent c, List<PartnerTerms> partners,
            List<FileEntry> files) {
        JsonArrayBuilder consortium = Json.createArrayBuilder();
        partners.forEach(p -> consortium.add(Json.createObjectBuilder().add("organisationId", p.organisationId())
                .add("organisation", p.organisationName()).add("role", p.role())
                .add("budgetShare", p.budgetShare())));
        JsonArrayBuilder fileList = Json.createArrayBuilder();
        files.forEach(f -> fileList.add(Json.createObjectBuilder().add("name", f.name()).add("size", f.sizeBytes())
                .add("pages", f.pages()).add("sha256", f.sha256())));
        return Json.createObjectBuilder().add("proposal", proposalId).add("submission", seq)
                .add("sections", object(c)).add("consortium", consortium).add("files", fileList).build().toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A sealed form once opened: its sections, consortium and files, in order. */
    public record Opened(ProposalContent sections, List<PartnerTerms> consortium, List<FileEntry> files) {
    }

    /** Reads a sealed form (once). */
    public static Opened open(byte[] sealedForm) {
        try (var reader = Json.createReader(new StringReader(new String(sealedForm, StandardCharsets.UTF_8)))) {
            JsonObject form = reader.readObject();
            return new Opened(content(form.getJsonObject("sections")),
                    form.getJsonArray("consortium").stream().map(JsonValue::asJsonObject)
                            .map(p -> new PartnerTerms(p.getJsonNumber("organisationId").longValue(),
                                    p.getString("organisation"), p.getString("role"),
                                    p.getJsonNumber("budgetShare").bigDecimalValue())).toList(),
                    form.getJsonArray("files").stream().map(JsonValue::asJsonObject)
                            .map(f -> new FileEntry(f.getString("name"), f.getJsonNumber("size").longValue(),
                                    f.getInt("pages"), f.getString("sha256"))).toList());
        }
    }

    /** A partner's role and budget share, encrypted as a small JSON. */
    public static byte[] terms(String role, BigDecimal share) {
        return Json.createObjectBuilder().add("role", role).add("share", share).build().toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    public static PartnerTerms terms(long organisationId, String organisationName, byte[] json) {
        try (var reader = Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))) {
            JsonObject o = reader.readObject();
            return new PartnerTerms(organisationId, organisationName, o.getString("role"),
                    o.getJsonNumber("share").bigDecimalValue());
        }
    }

    private static JsonObjectBuilder object(ProposalContent c) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        put(o, "title", c.title());
        put(o, "summary", c.summary());
        put(o, "solution", c.solution());
        put(o, "team", c.team());
        if (c.budget() != null) {
            o.add("budget", c.budget());
        }
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (ProposalContent.BudgetLine line : c.budgetLines()) {
            JsonObjectBuilder l = Json.createObjectBuilder();
            put(l, "item", line.item());
            if (line.amount() != null) {
                l.add("amount", line.amount());
            }
            lines.add(l);
        }
        o.add("budgetLines", lines);
        if (c.trlCurrent() != null) {
            o.add("trlCurrent", c.trlCurrent());
        }
        if (c.trlTarget() != null) {
            o.add("trlTarget", c.trlTarget());
        }
        put(o, "ipTerms", c.ipTerms());
        return o;
    }

    private static ProposalContent content(JsonObject o) {
        List<ProposalContent.BudgetLine> lines = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("budgetLines")) {
            JsonObject l = v.asJsonObject();
            lines.add(new ProposalContent.BudgetLine(l.getString("item", null), decimal(l, "amount")));
        }
        return new ProposalContent(o.getString("title", null), o.getString("summary", null),
                o.getString("solution", null), o.getString("team", null), decimal(o, "budget"), lines,
                o.containsKey("trlCurrent") ? o.getInt("trlCurrent") : null,
                o.containsKey("trlTarget") ? o.getInt("trlTarget") : null, o.getString("ipTerms", null));
    }

    private static BigDecimal decimal(JsonObject o, String name) {
        JsonNumber n = o.getJsonNumber(name);
        return n == null ? null : n.bigDecimalValue();
    }

    private static void put(JsonObjectBuilder o, String name, String value) {
        if (value != null) {
            o.add(name, value);
        }
    }
}
