package it.sfide.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Reads the portal's texts ({@code it.sfide.i18n.messages}) in Italian, the default, or English. The same bundle
 * serves the pages, the API error messages and the e-mails.
 */
public final class Texts {

    public static final String BUNDLE = "it.sfide.i18n.messages";
    public static final Locale ITALIAN = Locale.ITALIAN;

    private Texts() {
    }

    /** Italian unless English is asked for: the two languages the portal speaks. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : ITALIAN;
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), Texts.class.getClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        // bundles write apostrophes plainly (l'invito); MessageFormat would read them as quotes
        return new MessageFormat(pattern.replace("'", "''"), supported(locale)).format(args);
    }
}
