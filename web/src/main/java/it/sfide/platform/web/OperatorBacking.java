package it.sfide.platform.web;

import it.sfide.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Who runs this installation (the data controller), for the footer pages: the privacy notice, the accessibility
 * statement, the legal notes and the contacts. Each value is null when the installation did not configure it
 * ({@code SFIDE_OPERATOR_*}, {@code SFIDE_DPO_EMAIL}, see docs/operations.md), and the pages then show a generic text.
 */
@Named("operator")
@ApplicationScoped
public class OperatorBacking {

    @Inject
    Settings settings;

    public String getName() {
        return value(Settings.OPERATOR_NAME);
    }

    public String getAddress() {
        return value(Settings.OPERATOR_ADDRESS);
    }

    public String getEmail() {
        return value(Settings.OPERATOR_EMAIL);
    }

    public String getPec() {
        return value(Settings.OPERATOR_PEC);
    }

    public String getDpoEmail() {
        return value(Settings.DPO_EMAIL);
    }

    /** The public address of the portal ({@code SFIDE_BASE_URL}). */
    public String getBaseUrl() {
        return settings.baseUrl();
    }

    /** Whether the installation named its operator: otherwise the pages say who to ask in general terms. */
    public boolean isConfigured() {
        return getName() != null;
    }

    private String value(String key) {
        return settings.operator(key).orElse(null);
    }
}
