package it.sfide.platform.web;

import it.sfide.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;

/**
 * The one place that says which address a request comes from, for the pages and the API alike: the connection's
 * peer, or, when that peer is a trusted reverse proxy ({@code SFIDE_TRUSTED_PROXIES}), the client its
 * {@code X-Forwarded-For} names (see {@link TrustedProxies#clientOf}).
 */
@ApplicationScoped
public class ClientAddress {

    private static final Logger LOG = Logger.getLogger(ClientAddress.class.getName());

    @Inject
    Settings settings;

    private volatile TrustedProxies proxies;

    public String of(HttpServletRequest request) {
        TrustedProxies trusted = proxies();
        if (trusted.isEmpty()) {
            return request.getRemoteAddr();
        }
        List<String> forwarded = Collections.list(request.getHeaders("X-Forwarded-For"));
        return trusted.clientOf(request.getRemoteAddr(), forwarded);
    }

    private TrustedProxies proxies() {
        TrustedProxies read = proxies;
        if (read == null) {
            read = TrustedProxies.parse(settings.trustedProxies());
            if (!read.ignored().isEmpty()) {
                LOG.severe(Settings.TRUSTED_PROXIES + ": ignored (neither an IP address nor a CIDR block): "
                        + read.ignored());
            }
            proxies = read;
        }
        return read;
    }
}
