package it.sfide.identity.control;

import it.sfide.identity.Account;
import it.sfide.identity.PasswordPolicy;
import java.time.Clock;
import it.sfide.platform.Settings;
import it.sfide.shared.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A real installation's first platform admin: created at startup from {@code SFIDE_ADMIN_PASSWORD} when no admin
 * exists yet (outside demo mode, where the demo dataset brings its own). A restart changes nothing.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class FirstAdmin {

    public static final String ADMIN_PASSWORD = "SFIDE_ADMIN_PASSWORD";
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    Settings settings;

    @Inject
    Config config;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @PostConstruct
    void create() {
        if (settings.demoMode() || !accounts.admins().isEmpty()) {
            return;
        }
        Optional<String> password = config.getOptionalValue(ADMIN_PASSWORD, String.class);
        if (password.isEmpty()) {
            LOG.warning("No platform admin exists: set SFIDE_ADMIN_PASSWORD to create the account 'admin'");
            return;
        }
        Optional<String> problem = PasswordPolicy.violation(password.get(), "admin", null, false);
        if (problem.isPresent()) {
            LOG.severe("SFIDE_ADMIN_PASSWORD refused (" + problem.get() + "): the admin account was not created");
            return;
        }
        accounts.persist(new Account("admin", "admin@sfide.localhost", "Platform administrator",
                hasher.hash(password.get()), Role.ADMIN, null, Locale.ITALIAN, clock.instant()));
        LOG.info("Platform admin 'admin' created");
    }
}
