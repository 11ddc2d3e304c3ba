package it.sfide.reuse;

import it.sfide.challenge.SearchTerms;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * One searchable word of a catalogue entry (see {@link SearchTerms}, the challenge catalogue's rules): the reuse
 * catalogue's full-text index, looked up by prefix the same way on every database.
 */
@Entity
@Table(name = "reuse_entry_term")
@IdClass(EntryTerm.Key.class)
@NamedQuery(name = EntryTerm.DELETE_OF, query = "DELETE FROM EntryTerm t WHERE t.entryId = :entry")
public class EntryTerm {

    public static final String DELETE_OF = "EntryTerm.deleteOf";

    @Id
    @Column(name = "term", length = SearchTerms.MAX_LENGTH)
    private String term;

    @Id
    @Column(name = "entry_id")
    private long entryId;

    protected EntryTerm() {
    }

    public EntryTerm(String term, long entryId) {
        this.term = Objects.requireNonNull(term);
        this.entryId = entryId;
    }

    public String getTerm() { return term; }
    public long getEntryId() { return entryId; }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String term;
        private long entryId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.entryId == entryId && Objects.equals(k.term, term);
        }

        @Override
        public int hashCode() {
            return Objects.hash(term, entryId);
        }
    }
}
