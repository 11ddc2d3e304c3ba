package it.sfide.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * The portal's own resources (style sheet, scripts, fonts, images under {@code resources/}) addressed with a version,
 * {@code ?rv=}, that changes whenever any of them changes: the first 12 hex digits of a SHA-256 over all of them,
 * computed once per deployment. PrimeFaces' resources carry its version ({@code &v=}) already. A resource asked with a
 * version is kept by the browser a year without asking again ({@code immutable}); a new build gives new addresses.
 * One version for all, not one per file: the style sheet names the fonts' addresses, so it changes with them.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    static final String PARAMETER = "rv";
    static final String FOREVER = "public, max-age=31536000, immutable";
    static final String A_DAY = "public, max-age=86400";

    private volatile String version;

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName), null);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName), libraryName);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType), libraryName);
    }

    /**
     * Sends the resource with how long the browser keeps it: a year for a versioned address, a day otherwise (in place
     * of Faces' own week, which would make a returning browser ask again).
     */
    @Override
    public void handleResourceRequest(FacesContext context) throws IOException {
        ExternalContext external = context.getExternalContext();
        var parameters = external.getRequestParameterMap();
        boolean versioned = parameters.containsKey(PARAMETER) || parameters.containsKey("v");
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        external.setResponse(new KeptFor(response, versioned ? FOREVER : A_DAY));
        try {
            super.handleResourceRequest(context);
        } finally {
            external.setResponse(response);
        }
    }

    /** A response whose {@code Cache-Control} is fixed: what the resource handler sets is ignored. */
    private static final class KeptFor extends HttpServletResponseWrapper {

        KeptFor(HttpServletResponse response, String caching) {
            super(response);
            response.setHeader("Cache-Control", caching);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }

    private Resource versioned(Resource resource, String library) {
        if (resource == null || library != null) {
            return resource;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + PARAMETER + "=" + version();
            }
        };
    }

    /** The version of the portal's own resources: a digest of every file under {@code resources/}. */
    String version() {
        String known = version;
        if (known == null) {
            known = digest(FacesContext.getCurrentInstance().getExternalContext());
            version = known;
        }
        return known;
    }

    private static String digest(ExternalContext external) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Set<String> files = new TreeSet<>();
            collect(external, "/resources/", files);
            for (String file : files) {
                sha.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = external.getResourceAsStream(file)) {
                    if (in != null) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(ExternalContext external, String folder, Set<String> files) {
        Set<String> paths = external.getResourcePaths(folder);
        if (paths == null) {
            return;
        }
        for (String path : paths) {
            if (path.endsWith("/")) {
                collect(external, path, files);
            } else {
                files.add(path);
            }
        }
    }
}
