package it.sfide.testing.probe;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays someone holding a copy of the database: reads every value of every table of the application's schema,
 * text and binary, and says where a given text appears in clear.
 */
@Stateless
public class DatabaseScan {

    @Resource(lookup = "java:app/jdbc/sfide")
    DataSource dataSource;

    /** "table.column" for each value holding {@code marker} (as UTF-8 bytes), once per column. */
    public List<String> whereIs(String marker) {
        return whereIs(marker.getBytes(StandardCharsets.UTF_8));
    }

    /** "table.column" for each value holding these bytes, once per column. */
    public List<String> whereIs(byte[] needle) {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet t = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (t.next()) {
                    tables.add(t.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    java.util.Set<String> hit = new java.util.LinkedHashSet<>();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            byte[] value = bytes(rows.getObject(i));
                            if (value != null && contains(value, needle)) {
                                hit.add(table + "." + rows.getMetaData().getColumnName(i));
                            }
                        }
                    }
                    found.addAll(hit);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static byte[] bytes(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] b) {
            return b;
        }
        if (value instanceof java.sql.Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        if (value instanceof java.sql.Clob clob) {
            return clob.getSubString(1, (int) clob.length()).getBytes(StandardCharsets.UTF_8);
        }
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
