package it.sfide.challenge.boundary;

import it.sfide.challenge.ChallengeStatus;
import it.sfide.challenge.ChallengeType;
import it.sfide.shared.SfideException;
import it.sfide.shared.ValidationFailure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CatalogueParametersTest {

    @Test
    void readsEveryFilterByTheApisNames() {
        CatalogueQuery query = CatalogueParameters.parse(Map.of("q", "mobilità", "type", "challenge-prize",
                "status", "published", "budgetMin", "1000", "trl", "5", "sort", "deadline", "page", "2",
                "size", "5000"));
        assertEquals(ChallengeType.CHALLENGE_PRIZE, query.type());
        assertEquals(ChallengeStatus.PUBLISHED, query.status());
        assertEquals(new BigDecimal("1000"), query.budgetMin());
        assertEquals(5, query.trl());
        assertEquals(CatalogueQuery.Sort.DEADLINE, query.sort());
        assertEquals(2, query.page());
        assertEquals(CatalogueQuery.MAX_SIZE, query.size());
        assertNull(CatalogueParameters.parse(Map.of("type", " ")).type(), "a blank value is no filter");
    }

    @Test
    void aDeadlineRangeOfDaysRunsFromTheStartOfTheFirstThroughTheEndOfTheLastInItaly() {
        CatalogueQuery days = CatalogueParameters.parse(Map.of("deadlineFrom", "2026-03-01", "deadlineTo",
                "2026-03-31"));
        assertEquals(Instant.parse("2026-02-28T23:00:00Z"), days.deadlineFrom());
        assertEquals(Instant.parse("2026-03-31T22:00:00Z"), days.deadlineTo(), "the whole last day, in summer time");
        assertEquals(Instant.parse("2026-03-31T10:00:00Z"), CatalogueParameters.parse(
                Map.of("deadlineTo", "2026-03-31T10:00:00Z")).deadlineTo(), "an instant is taken as it is");
    }

    @Test
    void everyWrongValueIsNamedOnItsFieldAtOnce() {
        ValidationFailure failure = assertThrows(ValidationFailure.class, () -> CatalogueParameters.parse(
                Map.of("type", "SPACESHIP", "deadlineTo", "31/03/2026", "budgetMax", "lots", "q", "ok")));
        assertEquals(java.util.Set.of("type", "deadlineTo", "budgetMax"), failure.problems().stream()
                .map(SfideException::field).collect(java.util.stream.Collectors.toSet()));
        assertEquals("error.parameter", failure.problems().get(0).messageKey());
    }

    @Test
    void draftsAreNotListedSoTheyCannotBeAskedFor() {
        ValidationFailure failure = assertThrows(ValidationFailure.class,
                () -> CatalogueParameters.parse(Map.of("status", "DRAFT")));
        assertEquals("status", failure.problems().get(0).field());
    }
}
