package it.sfide.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One searchable word of a challenge (see {@link SearchTerms}): the catalogue's full-text index. */
@Entity
@Table(name = "challenge_term")
@IdClass(ChallengeTerm.Key.class)
@NamedQuery(name = ChallengeTerm.DELETE_OF, query = "DELETE FROM ChallengeTerm t WHERE t.challengeId = :challenge")
public class ChallengeTerm {

    public static final String DELETE_OF = "ChallengeTerm.deleteOf";

    @Id
    @Column(name = "term", length = SearchTerms.MAX_LENGTH)
    private String term;

    @Id
    @Column(name = "challenge_id")
    private long challengeId;

    protected ChallengeTerm() {
    }

    public ChallengeTerm(String term, long challengeId) {
        this.term = Objects.requireNonNull(term);
        this.challengeId = challengeId;
    }

    public String getTerm() { return term; }
    public long getChallengeId() { return challengeId; }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String term;
        private long challengeId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.challengeId == challengeId && Objects.equals(k.term, term);
        }

        @Override
        public int hashCode() {
            return Objects.hash(term, challengeId);
        }
    }
}
