package it.sfide.opendata.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** CSV cells a spreadsheet reads as data, never as a formula, and quoted as RFC 4180 says. */
class CsvExportsTest {

    @Test
    void formulasAreNeutralisedAndSeparatorsQuoted() {
        assertEquals("'=1+2", CsvExports.cell("=1+2"));
        assertEquals("'+39 02", CsvExports.cell("+39 02"));
        assertEquals("'-3", CsvExports.cell("-3"));
        assertEquals("'@SUM(A1)", CsvExports.cell("@SUM(A1)"));
        assertEquals("'\tx", CsvExports.cell("\tx"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", CsvExports.cell("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("\"Rossi, Bianchi\"", CsvExports.cell("Rossi, Bianchi"));
        assertEquals("\"due\nrighe\"", CsvExports.cell("due\nrighe"));
        assertEquals("Città", CsvExports.cell("Città"));
        assertEquals("", CsvExports.cell(null));
        assertEquals("\uFEFFa,b\r\n1,\"x,y\"\r\n", CsvExports.csv(List.of("a", "b"), List.of(List.of("1", "x,y"))));
    }
}
