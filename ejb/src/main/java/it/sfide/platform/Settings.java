package it.sfide.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The configuration of an installation, read from MicroProfile Config: environment variables, system properties
 * or {@code META-INF/microprofile-config.properties}. Every key is listed in docs/operations.md.
 */
@ApplicationScoped
public class Settings {

    public static final String DATA_DIR = "SFIDE_DATA_DIR";
    public static final String DB_URL = "SFIDE_DB_URL";
    public static final String DEMO = "SFIDE_DEMO";
    public static final String BASE_URL = "SFIDE_BASE_URL";
    public static final String SMTP_HOST = "SFIDE_SMTP_HOST";
    public static final String SMTP_PORT = "SFIDE_SMTP_PORT";
    public static final String SMTP_USER = "SFIDE_SMTP_USER";
    public static final String SMTP_PASSWORD = "SFIDE_SMTP_PASSWORD";
    public static final String SMTP_STARTTLS = "SFIDE_SMTP_STARTTLS";
    public static final String MAIL_FROM = "SFIDE_MAIL_FROM";
    public static final String INVITATION_DAYS = "SFIDE_INVITATION_DAYS";
    public static final String RESET_MINUTES = "SFIDE_RESET_MINUTES";
    public static final String TOKEN_DAYS = "SFIDE_TOKEN_DAYS";
    public static final String REGISTRATIONS_PER_CLIENT = "SFIDE_REGISTRATIONS_PER_CLIENT";
    public static final String REGISTRATIONS_PER_EMAIL = "SFIDE_REGISTRATIONS_PER_EMAIL";
    public static final String TRUSTED_PROXIES = "SFIDE_TRUSTED_PROXIES";
    public static final String KEYSTORE = "SFIDE_KEYSTORE";
    public static final String KEYSTORE_PASSWORD = "SFIDE_KEYSTORE_PASSWORD";
    public static final String TSA_URL = "SFIDE_TSA_URL";
    public static final String TSA_USER = "SFIDE_TSA_USER";
    public static final String TSA_PASSWORD = "SFIDE_TSA_PASSWORD";
    public static final String OCID_PREFIX = "SFIDE_OCID_PREFIX";
    public static final String GENERATOR = "SFIDE_GENERATOR";
    public static final String MASTER_KEY = "SFIDE_MASTER_KEY";
    public static final String MASTER_KEY_FILE = "SFIDE_MASTER_KEY_FILE";
    public static final String PROPOSAL_MAX_FILE_MB = "SFIDE_PROPOSAL_MAX_FILE_MB";
    public static final String PROPOSAL_MAX_FILES = "SFIDE_PROPOSAL_MAX_FILES";
    public static final String OPERATOR_NAME = "SFIDE_OPERATOR_NAME";
    public static final String OPERATOR_ADDRESS = "SFIDE_OPERATOR_ADDRESS";
    public static final String OPERATOR_EMAIL = "SFIDE_OPERATOR_EMAIL";
    public static final String OPERATOR_PEC = "SFIDE_OPERATOR_PEC";
    public static final String DPO_EMAIL = "SFIDE_DPO_EMAIL";

    @Inject
    Config config;

    public Path dataDir() {
        return Path.of(config.getValue(DATA_DIR, String.class));
    }

    public String databaseUrl() {
        return config.getValue(DB_URL, String.class);
    }

    /** Demo mode: explicit {@code SFIDE_DEMO}, otherwise on for the embedded database and off for MySQL/MariaDB. */
    public boolean demoMode() {
        return config.getOptionalValue(DEMO, Boolean.class).orElseGet(() -> databaseUrl().startsWith("jdbc:h2:"));
    }

    /** The public address of the portal, used in links sent by e-mail. */
    public String baseUrl() {
        String url = config.getOptionalValue(BASE_URL, String.class).orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public Optional<String> smtpHost() {
        return config.getOptionalValue(SMTP_HOST, String.class).filter(h -> !h.isBlank());
    }

    public int smtpPort() {
        return config.getOptionalValue(SMTP_PORT, Integer.class).orElse(25);
    }

    public Optional<String> smtpUser() {
        return config.getOptionalValue(SMTP_USER, String.class).filter(h -> !h.isBlank());
    }

    public Optional<String> smtpPassword() {
        return config.getOptionalValue(SMTP_PASSWORD, String.class);
    }

    public boolean smtpStartTls() {
        return config.getOptionalValue(SMTP_STARTTLS, Boolean.class).orElse(false);
    }

    public String mailFrom() {
        return config.getOptionalValue(MAIL_FROM, String.class).orElse("Sfide <noreply@sfide.localhost>");
    }

    /** The Open Contracting publisher prefix of challenge identifiers ({@code ocds-} and six characters). */
    public String ocidPrefix() {
        return config.getOptionalValue(OCID_PREFIX, String.class).filter(v -> !v.isBlank()).orElse("ocds-sfide0");
    }

    /** Whether an admin may generate test challenges in bulk (load tests only, never in production). */
    public boolean generatorEnabled() {
        return config.getOptionalValue(GENERATOR, Boolean.class).orElse(false);
    }

    public int invitationDays() {
        return config.getOptionalValue(INVITATION_DAYS, Integer.class).orElse(7);
    }

    /** How long a password-reset link opens, in minutes (30 unless configured; at least 5, at most a day). */
    public int resetMinutes() {
        return Math.max(5, Math.min(24 * 60, config.getOptionalValue(RESET_MINUTES, Integer.class).orElse(30)));
    }

    /** The lifetime of a new personal API token, in days (at least one). */
    public int tokenDays() {
        return Math.max(1, config.getOptionalValue(TOKEN_DAYS, Integer.class).orElse(30));
    }

    /** Registration attempts allowed from one client address in an hour. */
    public int registrationsPerClient() {
        return Math.max(1, config.getOptionalValue(REGISTRATIONS_PER_CLIENT, Integer.class).orElse(20));
    }

    /** Complete registrations allowed with one e-mail address in an hour (each writes to that address). */
    public int registrationsPerEmail() {
        return Math.max(1, config.getOptionalValue(REGISTRATIONS_PER_EMAIL, Integer.class).orElse(3));
    }

    /**
     * The reverse proxies whose {@code X-Forwarded-For} names the client (IP addresses or CIDR blocks,
     * comma-separated); empty: none, the connection's peer is the client.
     */
    public String trustedProxies() {
        return config.getOptionalValue(TRUSTED_PROXIES, String.class).orElse("");
    }

    /** The platform's PKCS#12 keystore: {@code SFIDE_KEYSTORE}, or {@code keys/platform.p12} in the data directory. */
    public Path keystore() {
        return config.getOptionalValue(KEYSTORE, String.class).filter(v -> !v.isBlank()).map(Path::of)
                .orElseGet(() -> dataDir().resolve("keys").resolve("platform.p12"));
    }

    public Optional<String> keystorePassword() {
        return config.getOptionalValue(KEYSTORE_PASSWORD, String.class);
    }

    /** An external RFC 3161 time-stamping service; when absent the platform's own authority time-stamps. */
    public Optional<String> tsaUrl() {
        return config.getOptionalValue(TSA_URL, String.class).filter(v -> !v.isBlank());
    }

    public Optional<String> tsaUser() {
        return config.getOptionalValue(TSA_USER, String.class).filter(v -> !v.isBlank());
    }

    public Optional<String> tsaPassword() {
        return config.getOptionalValue(TSA_PASSWORD, String.class);
    }

    /** The master key itself (Base64), e.g. from a secret store; when absent it is read from its file. */
    public Optional<String> masterKey() {
        return config.getOptionalValue(MASTER_KEY, String.class).filter(v -> !v.isBlank());
    }

    /** Where the master key is kept: {@code SFIDE_MASTER_KEY_FILE}, or {@code keys/master.key} in the data directory. */
    public Path masterKeyFile() {
        return config.getOptionalValue(MASTER_KEY_FILE, String.class).filter(v -> !v.isBlank()).map(Path::of)
                .orElseGet(() -> dataDir().resolve("keys").resolve("master.key"));
    }

    /** The largest attachment of a proposal, in bytes ({@code SFIDE_PROPOSAL_MAX_FILE_MB}, default 50 MB). */
    public long proposalMaxFileBytes() {
        return proposalMaxFileBytes(config);
    }

    /** As above, for code that reads the configuration before CDI does (the API's multipart settings). */
    public static long proposalMaxFileBytes(Config config) {
        return config.getOptionalValue(PROPOSAL_MAX_FILE_MB, Long.class).orElse(50L) * 1024 * 1024;
    }

    /** How many attachments a proposal may hold ({@code SFIDE_PROPOSAL_MAX_FILES}, default 10). */
    public int proposalMaxFiles() {
        return config.getOptionalValue(PROPOSAL_MAX_FILES, Integer.class).orElse(10);
    }

    /**
     * Who runs this installation, as the privacy notice, the accessibility statement and the contacts page name it
     * (the data controller): {@code SFIDE_OPERATOR_NAME}, {@code _ADDRESS}, {@code _EMAIL}, {@code _PEC}, and the data
     * protection officer's address {@code SFIDE_DPO_EMAIL}. Empty when not configured: the pages then say so.
     */
    public Optional<String> operator(String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }
}
