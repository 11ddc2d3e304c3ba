package it.sfide.platform.web;

import it.sfide.platform.i18n.Texts;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages for this session: Italian by default, English on request. */
@Named("language")
@SessionScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Texts.ITALIAN;

    public Locale getLocale() {
        return locale;
    }

    public String getCode() {
        return locale.getLanguage();
    }

    /** Adopts a language (the user's preference, at login) without reloading. */
    public void useLocale(String language) {
        locale = Texts.supported(Locale.forLanguageTag(language));
    }

    /** The hidden field of the header form holding the query string the page was opened with. */
    public static final String PAGE_QUERY = "page-query";

    /** Switches language and reloads the same page, so the address stays bookmarkable. */
    public void switchTo(String language) throws IOException {
        locale = Texts.supported(Locale.forLanguageTag(language));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        ExternalContext external = faces.getExternalContext();
        String shown = external.getRequestParameterMap().get(PAGE_QUERY);
        if (shown != null && !shown.isBlank() && !shown.contains("\r") && !shown.contains("\n")) {
            // the address the page was opened with (its search, its ?id=): the switch keeps it
            external.redirect(external.getRequestContextPath() + faces.getViewRoot().getViewId() + "?" + shown);
            return;
        }
        String query = external.getRequestParameterMap().entrySet().stream()
                .filter(e -> "next".equals(e.getKey()) || "token".equals(e.getKey()) || "id".equals(e.getKey()))
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b).map(q -> "?" + q).orElse("");
        external.redirect(external.getRequestContextPath() + faces.getViewRoot().getViewId() + query);
    }
}
