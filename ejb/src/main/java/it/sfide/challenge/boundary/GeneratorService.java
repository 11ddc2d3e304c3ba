package it.sfide.challenge.boundary;

import it.sfide.audit.boundary.Audited;
import it.sfide.challenge.control.ChallengeGenerator;
import it.sfide.identity.boundary.Directory;
import it.sfide.platform.Settings;
import it.sfide.shared.Role;
import it.sfide.shared.SfideException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;

/**
 * Bulk generation of challenges for load tests (a platform admin, with {@code SFIDE_GENERATOR=true}): batches of
 * {@value #BATCH} in their own transactions, spread over the verified public bodies.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class GeneratorService {

    static final int BATCH = 250;
    public static final int MAX = 50_000;

    @Inject
    ChallengeGenerator generator;

    @Inject
    Directory directory;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** Generates {@code count} challenges; how many were made. */
    @Audited(value = "challenge.generate", target = "challenge")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int generate(int count, long seed) {
        if (!settings.generatorEnabled()) {
            throw SfideException.conflict("generator.error.disabled");
        }
        if (count < 1 || count > MAX) {
            throw SfideException.invalid("count", "generator.error.count", MAX);
        }
        List<Long> bodies = directory.publicBodies().stream().map(Directory.BodyView::id).toList();
        if (bodies.isEmpty()) {
            throw SfideException.conflict("generator.error.noBodies");
        }
        int made = 0;
        for (int batch = 0; made < count; batch++) {
            made += generator.batch(bodies, Math.min(BATCH, count - made), seed + batch, clock.instant());
        }
        return made;
    }
}
