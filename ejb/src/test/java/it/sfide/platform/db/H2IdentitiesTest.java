package it.sfide.platform.db;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The H2 key conversion on a database opened with the portal's own settings (MySQL mode). */
class H2IdentitiesTest {

    private Connection db;

    @BeforeEach
    void open() throws SQLException {
        db = DriverManager.getConnection(SfideDataSource.effectiveUrl("jdbc:h2:mem:keys" + System.nanoTime()), "sa", "");
        execute("CREATE TABLE proposal_blob (id BIGINT NOT NULL AUTO_INCREMENT, v INT, PRIMARY KEY (id))");
        execute("CREATE TABLE follow (id BIGINT NOT NULL AUTO_INCREMENT, v INT, PRIMARY KEY (id))");
        execute("CREATE TABLE audit_head (id INT NOT NULL, seq BIGINT NOT NULL, PRIMARY KEY (id))");
        for (int i = 0; i < 5; i++) {
            execute("INSERT INTO proposal_blob (v) VALUES (" + i + ")");
        }
        // the two newest rows are gone: their keys must never be given again (audit records may name them)
        execute("DELETE FROM proposal_blob WHERE id > 3");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void everyIdentityColumnTakesItsKeysFromItsOwnSequenceAfterEveryKeyEverGiven() throws SQLException {
        assertEquals(2, H2Identities.replaceIdentityColumns(db));

        assertEquals(List.of(), strings("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND IS_IDENTITY = 'YES'"));
        execute("INSERT INTO proposal_blob (v) VALUES (9)");
        assertEquals(List.of("1", "2", "3", "6"), strings("SELECT id FROM proposal_blob ORDER BY id"));
        assertEquals(List.of("7"), strings("SELECT NEXT VALUE FOR proposal_blob_id_seq"));
        assertEquals(List.of("1"), strings("SELECT NEXT VALUE FOR follow_id_seq"));
        execute("INSERT INTO follow (v) VALUES (1)");
        assertEquals(List.of("2"), strings("SELECT id FROM follow ORDER BY id"));
    }

    @Test
    void aSecondRunChangesNothing() throws SQLException {
        H2Identities.replaceIdentityColumns(db);
        execute("INSERT INTO proposal_blob (v) VALUES (9)");

        assertEquals(0, H2Identities.replaceIdentityColumns(db));
        assertEquals(List.of("7"), strings("SELECT NEXT VALUE FOR proposal_blob_id_seq"));
    }

    @Test
    void aRunStoppedAfterDroppingTheIdentityIsFinishedAtTheNextStart() throws SQLException {
        execute("CREATE SEQUENCE proposal_blob_id_seq START WITH 6");
        execute("ALTER TABLE proposal_blob ALTER COLUMN id DROP IDENTITY");

        H2Identities.replaceIdentityColumns(db);
        execute("INSERT INTO proposal_blob (v) VALUES (9)");
        assertEquals(List.of("1", "2", "3", "6"), strings("SELECT id FROM proposal_blob ORDER BY id"));
    }

    @Test
    void onlyPlainNamesGoIntoStatements() {
        assertEquals("proposal_blob_id_seq", H2Identities.sequenceName("proposal_blob", "id"));
        assertThrows(IllegalArgumentException.class, () -> H2Identities.sequenceName("x; DROP TABLE y", "id"));
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
