package it.sfide.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV for spreadsheets (RFC 4180: quoted cells, CRLF): a cell a spreadsheet would read as a formula (starting with
 * =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe, so an exported value never runs. Files are
 * UTF-8 and start with {@link #BOM}, which tells spreadsheets their encoding.
 */
public final class Csv {

    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    /** Appends one line of cells. */
    public static void line(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /** One cell, quoted and neutralised. */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
