package it.sfide.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal's pages as a browser without JavaScript uses them: a session of its own (cookies), the login form, and
 * any JSF form posted back to its address with its view state.
 */
public final class JsfForms {

    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private JsfForms() {
    }

    /** A client with its own session, signed in through the login page. */
    public static HttpClient signedIn(String username, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = submit(http, get(http, "/login.xhtml").body(), "login", "login=login"
                + "&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(password) + "&login%3Asubmit=");
        assertEquals(302, login.statusCode(), "signed in: " + login.body());
        return http;
    }

    /**
     * Posts the form {@code formId} of {@code page} (its view state added) back to the form's address; {@code fields}
     * are already URL-encoded ({@link #enc}).
     */
    public static HttpResponse<String> submit(HttpClient http, String page, String formId, String fields)
            throws Exception {
        int start = page.indexOf("<form id=\"" + formId + "\"");
        assertTrue(start >= 0, "a form " + formId + ": " + page);
        String form = page.substring(start, page.indexOf("</form>", start));
        Matcher action = ACTION.matcher(form);
        assertTrue(action.find(), "the form's address");
        Matcher state = VIEW_STATE.matcher(form);
        assertTrue(state.find(), "the form carries its view state");
        String body = fields + "&jakarta.faces.ViewState=" + enc(state.group(1).replace("&amp;", "&"));
        return http.send(HttpRequest.newBuilder(URI.create(Api.BASE + action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A page, in the client's session. */
    public static HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form field's value, URL-encoded. */
    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
