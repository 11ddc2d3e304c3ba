package it.sfide.platform.api;

import it.sfide.platform.Settings;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;
import org.glassfish.jersey.media.multipart.MultiPartProperties;

/**
 * How the API reads multipart uploads. Jersey's default keeps 4 KB of a part in memory and spools the rest to a
 * temporary file, which would put every proposal attachment on disk in clear and read it twice. A part up to the
 * attachment limit (plus room for the part's headers) is kept in memory instead; only a larger one, which the
 * service refuses anyway, goes to a temporary file, so a huge request cannot exhaust the heap. A request may carry
 * at most a handful of parts.
 */
@Provider
public class MultipartSettings implements ContextResolver<MultiPartProperties> {

    static final int HEADROOM_BYTES = 1024 * 1024;
    static final int MAX_PARTS = 8;

    private final MultiPartProperties properties = new MultiPartProperties()
            .bufferThreshold((int) Math.min(Integer.MAX_VALUE, Settings.proposalMaxFileBytes(
                    ConfigProvider.getConfig()) + HEADROOM_BYTES))
            .maxParts(MAX_PARTS);

    @Override
    public MultiPartProperties getContext(Class<?> type) {
        return properties;
    }
}
