package it.sfide.opendata.boundary;

import it.sfide.opendata.OcdsRelease;
import it.sfide.opendata.control.ProcessData;
import it.sfide.opendata.control.ProcessReader;
import it.sfide.opendata.control.ReleaseBuilder;
import it.sfide.opendata.control.ReleaseTags;
import it.sfide.opendata.control.Releases;
import it.sfide.platform.Settings;
import it.sfide.shared.Digests;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Publishes a new OCDS release of a process when, and only when, what is public about it changed: the full state
 * is built again and its SHA-256 compared with the latest release's. Each call commits on its own; two servers
 * publishing the same change at once are told apart by the unique (process, number) key, and the loser's
 * transaction is rolled back (its caller reads the winner's release).
 */
@Stateless
@PermitAll
public class ReleasePublisher {

    @Inject
    ProcessReader reader;

    @Inject
    Releases releases;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** The process's latest release after publishing its changes; empty for a challenge never published. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<OcdsRelease> publish(long challengeId) {
        Optional<ProcessData> data = reader.read(challengeId);
        if (data.isEmpty()) {
            return Optional.empty();
        }
        JsonObject state = new ReleaseBuilder(settings.baseUrl()).state(data.get());
        String digest = Digests.sha256Hex(state.toString().getBytes(StandardCharsets.UTF_8));
        Optional<OcdsRelease> latest = releases.latest(challengeId);
        if (latest.isPresent() && latest.get().getDigest().equals(digest)) {
            return latest;
        }
        JsonObject previous = latest.map(r -> stateOf(r.getBody())).orElse(null);
        List<String> tags = ReleaseTags.between(previous, state);
        Instant date = dateOf(data.get(), latest.orElse(null));
        OcdsRelease previousRelease = latest.orElse(null);
        String ocid = data.get().challenge().ocid();
        String id = OcdsRelease.releaseId(ocid, previousRelease == null ? 1 : previousRelease.getSeq() + 1);
        OcdsRelease release = new OcdsRelease(challengeId, ocid, previousRelease, date, tags, digest,
                ReleaseBuilder.release(state, id, date, tags).toString());
        releases.add(release);
        return Optional.of(release);
    }

    /**
     * The date of the change: when the latest public event of the process happened; now when nothing dated changed
     * since the previous release (a release never predates the one before it).
     */
    private Instant dateOf(ProcessData data, OcdsRelease previous) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant changed = ReleaseBuilder.changedAt(data, now);
        Instant date = changed == null ? now : changed.truncatedTo(ChronoUnit.SECONDS);
        if (previous != null && !date.isAfter(previous.getReleasedAt())) {
            date = now.isAfter(previous.getReleasedAt()) ? now : previous.getReleasedAt().plusSeconds(1);
        }
        return date;
    }

    /** A stored release back to its state (without id, date and tag), to compare with the next. */
    private static JsonObject stateOf(String body) {
        var b = jakarta.json.Json.createObjectBuilder(
                jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject());
        b.remove("id");
        b.remove("date");
        b.remove("tag");
        return b.build();
    }
}
