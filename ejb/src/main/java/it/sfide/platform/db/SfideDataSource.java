package it.sfide.platform.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The datasource class named by the application's {@code @DataSourceDefinition}. It picks the JDBC driver from
 * the URL, so one setting ({@code SFIDE_DB_URL}) switches between the embedded H2, MySQL through Connector/J
 * ({@code jdbc:mysql:}) and MariaDB through its own driver ({@code jdbc:mariadb:}, which keeps microseconds).
 * Payara pools the connections it returns.
 */
public class SfideDataSource implements DataSource {

    private static final Map<String, String> DRIVERS = Map.of(
            "jdbc:h2:", "org.h2.Driver",
            "jdbc:mysql:", "com.mysql.cj.jdbc.Driver",
            "jdbc:mariadb:", "org.mariadb.jdbc.Driver");

    private String url;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;

    /** The settings that make H2 speak the MySQL dialect the migrations and EclipseLink are written for. */
    static final String H2_MYSQL_MODE = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

    /**
     * Commits written to the file at once: H2 delays them by up to 500 ms by default, so a server killed right after
     * answering would lose submissions it had already receipted (found by perf/crash-test.sh).
     */
    static final String H2_DURABLE = ";WRITE_DELAY=0";

    /**
     * An H2 URL without a compatibility mode gets the MySQL one, and without a write delay gets none; other URLs are
     * used as given.
     */
    public static String effectiveUrl(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return url;
        }
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        String effective = upper.contains(";MODE=") ? url : url + H2_MYSQL_MODE;
        return upper.contains(";WRITE_DELAY=") ? effective : effective + H2_DURABLE;
    }

    public static String driverClassFor(String url) {
        return DRIVERS.entrySet().stream()
                .filter(e -> url != null && url.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "SFIDE_DB_URL must start with jdbc:h2:, jdbc:mysql: or jdbc:mariadb:"));
    }

    /**
     * User and password come from {@code SFIDE_DB_USER} and {@code SFIDE_DB_PASSWORD}, read here rather than in the
     * annotation so that an empty password (a local MariaDB's root) is possible: MicroProfile Config treats an empty
     * value as absent. The embedded database defaults to the user {@code sfide}.
     */
    @Override
    public Connection getConnection() throws SQLException {
        org.eclipse.microprofile.config.Config config =
                org.eclipse.microprofile.config.ConfigProvider.getConfig(SfideDataSource.class.getClassLoader());
        boolean embedded = url != null && url.startsWith("jdbc:h2:");
        String configuredUser = user != null ? user
                : config.getOptionalValue("SFIDE_DB_USER", String.class).orElse(embedded ? "sfide" : "");
        String configuredPassword = password != null ? password
                : config.getOptionalValue("SFIDE_DB_PASSWORD", String.class).orElse(embedded ? "sfide" : "");
        return getConnection(configuredUser, configuredPassword);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (pass != null) {
            properties.setProperty("password", pass);
        }
        Connection connection = driver().connect(effectiveUrl(url), properties);
        if (connection == null) {
            throw new SQLException("No driver accepted the database URL");
        }
        return connection;
    }

    private Driver driver() throws SQLException {
        try {
            return (Driver) Class.forName(driverClassFor(url), true, SfideDataSource.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new SQLException("Cannot load the JDBC driver for the configured database URL: " + e.getMessage(), e);
        }
    }

    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public void setURL(String url) { this.url = url; }
    public String getUser() { return user; }
    public void setUser(String user) { this.user = user; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }

    @Override
    public PrintWriter getLogWriter() { return logWriter; }

    @Override
    public void setLogWriter(PrintWriter out) { this.logWriter = out; }

    @Override
    public void setLoginTimeout(int seconds) { this.loginTimeout = seconds; }

    @Override
    public int getLoginTimeout() { return loginTimeout; }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
