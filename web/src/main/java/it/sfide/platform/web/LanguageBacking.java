package it.sfide.platform.web;

import it.sfide.platform.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages: Italian by default, English on request. Kept in a cookie of its own
 * ({@link LanguageSwitch#COOKIE}), not in the session, so a visitor who only reads gets no session at all and the
 * choice holds on every server of a cluster; the person's preference is adopted at login.
 */
@Named("language")
@RequestScoped
public class LanguageBacking {

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            locale = faces == null ? Texts.ITALIAN
                    : LanguageSwitch.chosen((HttpServletRequest) faces.getExternalContext().getRequest());
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    /** Adopts a language (the user's preference, at login; a change on the profile) for the pages that follow. */
    public void useLocale(String language) {
        locale = Texts.supported(Locale.forLanguageTag(language == null ? "" : language));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        LanguageSwitch.remember((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), locale);
        if (FacesContext.getCurrentInstance().getViewRoot() != null) {
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        }
    }

    /**
     * The address of this same page in another language: the address it was opened with (its search, its
     * {@code ?id=}) plus {@code lang}; after a form was sent, the page's own parameters ({@code f:viewParam}) or
     * the {@code id} it was sent with.
     */
    public String switchUrl(String language) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String query;
        String path;
        if (!faces.isPostback()) {
            path = request.getRequestURI();
            query = request.getQueryString();
        } else {
            String viewId = faces.getViewRoot().getViewId();
            ViewHandler views = faces.getApplication().getViewHandler();
            String bookmarkable = views.getBookmarkableURL(faces, viewId, Map.of(), true);
            int question = bookmarkable.indexOf('?');
            path = question < 0 ? bookmarkable : bookmarkable.substring(0, question);
            query = question < 0 ? null : bookmarkable.substring(question + 1);
            String id = external.getRequestParameterMap().get("id");
            if ((query == null || query.isBlank()) && id != null && id.matches("\\d{1,18}")) {
                query = "id=" + id;
            }
        }
        StringBuilder url = new StringBuilder(path).append('?');
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith(LanguageSwitch.PARAMETER + "=")
                        && !pair.split("=", 2)[0].equals("jakarta.faces.ClientWindow")) {
                    url.append(pair).append('&');
                }
            }
        }
        return url.append(LanguageSwitch.PARAMETER).append('=')
                .append(URLEncoder.encode(language, StandardCharsets.UTF_8)).toString();
    }
}
