package it.sfide.opendata.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * CSV files of the processes' current state, read from their compiled releases (so they hold exactly what the OCDS
 * data publishes, nothing more): challenges, awards and contracts, one row each, with the columns a journalist or
 * an auditor asks for. UTF-8 with a byte order mark (spreadsheets then read accents right), RFC 4180 quoting, and
 * every cell a spreadsheet could run as a formula (starting with {@code = + - @}, a tab or a carriage return)
 * prefixed with an apostrophe.
 */
public final class CsvExports {

    private static final String BOM = "\uFEFF";

    private CsvExports() {
    }

    public static final List<String> CHALLENGE_COLUMNS = List.of("ocid", "cig", "cup", "title", "title_en",
            "procedure", "status", "buyer", "buyer_id", "budget_eur", "tender_start", "tender_end", "phases",
            "enquiries", "amendments", "awards", "contracts", "url");

    public static final List<String> AWARD_COLUMNS = List.of("ocid", "cig", "challenge", "award_id", "lot",
            "title", "status", "date", "supplier", "supplier_id", "value_eur", "decision_document");

    public static final List<String> CONTRACT_COLUMNS = List.of("ocid", "cig", "challenge", "contract_id",
            "award_id", "buyer", "supplier", "supplier_id", "status", "value_eur", "start", "end", "date_signed",
            "milestones", "milestones_met", "paid_eur", "signed_document");

    /** One row per process. */
    public static String challenges(List<JsonObject> compiled) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonObject r : compiled) {
            JsonObject t = r.getJsonObject("tender");
            JsonObject buyer = r.getJsonObject("buyer");
            rows.add(List.of(r.getString("ocid"), text(t, "id", s -> s.startsWith("ocds-") ? "" : s),
                    text(r.getJsonObject("planning").getJsonObject("budget"), "projectID", s -> s),
                    text(r, "title", s -> s), text(r, "title_en", s -> s),
                    text(t, "procurementMethodDetails", s -> s), text(t, "status", s -> s),
                    text(buyer, "name", s -> s), text(buyer, "id", s -> s), amount(t.getJsonObject("value")),
                    text(t.getJsonObject("tenderPeriod"), "startDate", s -> s),
                    text(t.getJsonObject("tenderPeriod"), "endDate", s -> s),
                    String.valueOf(array(t, "lots").size()), String.valueOf(array(t, "enquiries").size()),
                    String.valueOf(array(t, "amendments").size()), String.valueOf(array(r, "awards").size()),
                    String.valueOf(array(r, "contracts").size()), text(t, "submissionMethodDetails", s -> s)));
        }
        return csv(CHALLENGE_COLUMNS, rows);
    }

    /** One row per award and supplier. */
    public static String awards(List<JsonObject> compiled) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonObject r : compiled) {
            for (JsonValue v : array(r, "awards")) {
                JsonObject a = v.asJsonObject();
                JsonArray suppliers = array(a, "suppliers");
                List<JsonObject> each = suppliers.isEmpty() ? List.of(JsonValue.EMPTY_JSON_OBJECT)
                        : suppliers.getValuesAs(JsonObject.class);
                for (JsonObject s : each) {
                    rows.add(List.of(r.getString("ocid"), cig(r), text(r, "title", x -> x), a.getString("id"),
                            array(a, "relatedLots").isEmpty() ? "" : array(a, "relatedLots").getString(0),
                            text(a, "title", x -> x), text(a, "status", x -> x), text(a, "date", x -> x),
                            text(s, "name", x -> x), text(s, "id", x -> x),
                            suppliers.size() == 1 ? amount(a.getJsonObject("value")) : "",
                            firstDocument(a)));
                }
            }
        }
        return csv(AWARD_COLUMNS, rows);
    }

    /** One row per contract. */
    public static String contracts(List<JsonObject> compiled) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonObject r : compiled) {
            for (JsonValue v : array(r, "contracts")) {
                JsonObject k = v.asJsonObject();
                String supplier = "";
                String supplierId = "";
                for (JsonValue t : array(k.getJsonObject("implementation"), "transactions")) {
                    JsonObject payee = t.asJsonObject().getJsonObject("payee");
                    supplier = text(payee, "name", x -> x);
                    supplierId = text(payee, "id", x -> x);
                }
                if (supplierId.isEmpty()) {
                    String[] found = supplierOf(r, k);
                    supplier = found[0];
                    supplierId = found[1];
                }
                JsonArray milestones = array(k, "milestones");
                long met = milestones.stream().filter(m -> "met".equals(m.asJsonObject().getString("status", "")))
                        .count();
                double paid = 0;
                for (JsonValue t : array(k.getJsonObject("implementation"), "transactions")) {
                    paid += t.asJsonObject().getJsonObject("value").getJsonNumber("amount").doubleValue();
                }
                rows.add(List.of(r.getString("ocid"), cig(r), text(r, "title", x -> x), k.getString("id"),
                        k.getString("awardID"), text(r.getJsonObject("buyer"), "name", x -> x), supplier, supplierId,
                        text(k, "status", x -> x), amount(k.getJsonObject("value")),
                        text(k.getJsonObject("period"), "startDate", x -> x),
                        text(k.getJsonObject("period"), "endDate", x -> x), text(k, "dateSigned", x -> x),
                        String.valueOf(milestones.size()), String.valueOf(met),
                        array(k.getJsonObject("implementation"), "transactions").isEmpty() ? "0.00"
                                : String.format(java.util.Locale.ROOT, "%.2f", paid),
                        firstDocument(k)));
            }
        }
        return csv(CONTRACT_COLUMNS, rows);
    }

    /** The supplier of a contract: the award's single supplier, or the party named in the contract's title. */
    private static String[] supplierOf(JsonObject release, JsonObject contract) {
        for (JsonValue aw : array(release, "awards")) {
            JsonObject a = aw.asJsonObject();
            if (a.getString("id").equals(contract.getString("awardID")) && array(a, "suppliers").size() == 1) {
                JsonObject s = array(a, "suppliers").getJsonObject(0);
                return new String[] {text(s, "name", x -> x), text(s, "id", x -> x)};
            }
        }
        return new String[] {"", ""};
    }

    private static String cig(JsonObject release) {
        String id = release.getJsonObject("tender").getString("id", "");
        return id.startsWith("ocds-") ? "" : id;
    }

    private static String firstDocument(JsonObject o) {
        JsonArray documents = array(o, "documents");
        return documents.isEmpty() ? "" : text(documents.getJsonObject(0), "url", s -> s);
    }

    private static String amount(JsonObject value) {
        if (value == null || !value.containsKey("amount")) {
            return "";
        }
        JsonNumber n = value.getJsonNumber("amount");
        return n.bigDecimalValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String text(JsonObject o, String field, Function<String, String> map) {
        if (o == null || !o.containsKey(field) || o.isNull(field)) {
            return "";
        }
        JsonValue v = o.get(field);
        return map.apply(v.getValueType() == JsonValue.ValueType.STRING ? o.getString(field) : v.toString());
    }

    private static JsonArray array(JsonObject o, String field) {
        if (o == null || !o.containsKey(field) || o.isNull(field)) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        return o.getJsonArray(field);
    }

    /** The file: a byte order mark, the header, the rows. */
    static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, header);
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** A cell: neutralised when a spreadsheet would read it as a formula, quoted when it holds , " or a line break. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
