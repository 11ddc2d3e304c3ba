package it.sfide.challenge;

import java.util.List;

/**
 * The themes challenges are tagged with (codes; labels in the bundles as {@code theme.<code>}), shared by the
 * writing form, the catalogue filter and the communities.
 */
public final class Themes {

    public static final List<String> CODES = List.of("mobility", "energy", "environment", "health", "welfare",
            "digital-services", "smart-city", "water", "agrifood", "culture", "education", "tourism", "security",
            "circular-economy", "construction");

    private Themes() {
    }
}
