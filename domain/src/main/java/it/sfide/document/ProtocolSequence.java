package it.sfide.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The protocol number sequence: {@code SFIDE-<year>-<six digits>}, starting again at 1 each year. One row, locked
 * while a number is taken, so numbers are unique and without gaps with any number of servers.
 */
@Entity
@Table(name = "protocol_sequence")
public class ProtocolSequence {

    public static final long ID = 1;

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "seq_year", nullable = false)
    private int year;

    @Column(name = "last_used", nullable = false)
    private long lastUsed;

    protected ProtocolSequence() {
    }

    /** The next protocol number of the given year. */
    public String next(int currentYear) {
        if (currentYear != year) {
            year = currentYear;
            lastUsed = 0;
        }
        lastUsed++;
        return String.format("SFIDE-%04d-%06d", year, lastUsed);
    }
}
