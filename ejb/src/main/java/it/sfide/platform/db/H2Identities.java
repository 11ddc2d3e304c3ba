package it.sfide.platform.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * On the embedded H2 the generated keys come from one sequence per table instead of {@code AUTO_INCREMENT}.
 *
 * <p>Why: in its MySQL and MariaDB modes, H2 2.2.224 (the version Payara bundles and the server runs) moves a
 * table's identity sequence after every insert outside the sequence's lock, so two concurrent inserts can get the
 * same key (one of them then fails with a duplicate key: an HTTP 500 met once in ~7,200 uploads by the deadline
 * rush benchmark; reproduced by {@code perf/race/H2IdentityRace.java}). H2's sequences
 * themselves hand out values under their lock, and a column that is not an identity column is never touched by
 * that code. MariaDB and MySQL keep their {@code AUTO_INCREMENT} columns.
 *
 * <p>The migrations stay one set for every database: after Flyway has run, {@link #replaceIdentityColumns}
 * gives every identity column of the schema its sequence {@code <table>_<column>_seq}, starting after every key
 * ever given (the column's next identity value, or past the largest key present), then drops the identity and
 * makes the sequence the column's default. Each step is idempotent, so a server stopped half-way finishes the
 * job at its next start. {@link IdentitySequences} makes EclipseLink take the keys from those sequences.
 */
public final class H2Identities {

    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private H2Identities() {
    }

    /** The sequence that gives the keys of {@code table.column} on H2. */
    public static String sequenceName(String table, String column) {
        return plain(table) + "_" + plain(column) + "_seq";
    }

    /**
     * Replaces every identity column of the current schema with a column defaulting to its own sequence.
     *
     * @return how many identity columns were replaced
     */
    public static int replaceIdentityColumns(Connection connection) throws SQLException {
        List<String[]> identities = rows(connection, "SELECT TABLE_NAME, COLUMN_NAME,"
                + " CAST(COALESCE(IDENTITY_BASE, 1) AS VARCHAR) FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND IS_IDENTITY = 'YES'");
        try (Statement statement = connection.createStatement()) {
            for (String[] identity : identities) {
                String table = plain(identity[0]);
                String column = plain(identity[1]);
                long next = Math.max(Long.parseLong(identity[2]), largest(connection, table, column) + 1);
                statement.execute("CREATE SEQUENCE IF NOT EXISTS " + sequenceName(table, column)
                        + " START WITH " + next);
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " DROP IDENTITY");
            }
            for (String[] column : rows(connection, "SELECT c.TABLE_NAME, c.COLUMN_NAME"
                    + " FROM INFORMATION_SCHEMA.COLUMNS c JOIN INFORMATION_SCHEMA.SEQUENCES s"
                    + " ON s.SEQUENCE_SCHEMA = c.TABLE_SCHEMA"
                    + " AND s.SEQUENCE_NAME = CONCAT(c.TABLE_NAME, '_', c.COLUMN_NAME, '_seq')"
                    + " WHERE c.TABLE_SCHEMA = CURRENT_SCHEMA AND c.IS_IDENTITY = 'NO' AND c.COLUMN_DEFAULT IS NULL")) {
                statement.execute("ALTER TABLE " + plain(column[0]) + " ALTER COLUMN " + plain(column[1])
                        + " SET DEFAULT NEXT VALUE FOR " + sequenceName(column[0], column[1]));
            }
        }
        return identities.size();
    }

    private static long largest(Connection connection, String table, String column) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String[]> rows(Connection connection, String sql) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Names go into DDL unquoted: only the lower-case names the migrations create are accepted. */
    private static String plain(String name) {
        if (name == null || !PLAIN_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Unexpected table or column name: " + name);
        }
        return name;
    }
}
