package it.sfide.platform.web;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Text answers (pages, style sheets, scripts, JSON, XML, SVG, YAML, CSV) gzip-compressed for a client that accepts
 * it: PrimeFaces' scripts alone weigh 700 KB, about 200 KB compressed. A filter of the application rather than the
 * server's listener setting, so that it holds wherever the EAR is deployed, behind any proxy.
 * <p>
 * The choice is made when the answer starts its body, once its type, status and length are known: only text types,
 * never an answer already encoded, partial ({@code Range}, 206), empty (204, 304) or shorter than 1 KB, never a
 * {@code HEAD}; PDFs, archives, images, fonts and signatures pass untouched, their {@code Content-Length} too. A
 * compressed answer drops its {@code Content-Length} (the container sends it chunked, or with the length of the
 * compressed bytes when it buffered them whole). {@code Vary: Accept-Encoding} tells caches that the answer depends on
 * the header. Pages carry no secret a cross-site page could make the browser send and then measure (BREACH): the
 * session cookie is {@code SameSite=Lax}, forms check their origin ({@link SameOriginForms}) and API tokens travel in
 * a header, never in a page.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class Compression extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Below this many bytes (when the length is known in advance) gzip's header costs more than it saves. */
    static final int MINIMUM = 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!response.containsHeader("Vary")) {
            response.addHeader("Vary", "Accept-Encoding");
        }
        if (!acceptsGzip(request.getHeader("Accept-Encoding")) || "HEAD".equals(request.getMethod())
                || request.getHeader("Range") != null || alreadyCompressing(response)) {
            chain.doFilter(request, response);
            return;
        }
        Gzipped gzipped = new Gzipped(response);
        try {
            chain.doFilter(request, gzipped);
        } finally {
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new Finisher(gzipped));
            } else {
                gzipped.finish();
            }
        }
    }

    private static boolean alreadyCompressing(HttpServletResponse response) {
        HttpServletResponse current = response;
        while (current instanceof HttpServletResponseWrapper wrapper) {
            if (wrapper instanceof Gzipped) {
                return true;
            }
            current = (HttpServletResponse) wrapper.getResponse();
        }
        return false;
    }

    /** Whether an {@code Accept-Encoding} header admits gzip (a {@code q=0} refuses it, {@code *} admits it). */
    static boolean acceptsGzip(String header) {
        if (header == null) {
            return false;
        }
        boolean star = false;
        for (String part : header.split(",")) {
            String[] pieces = part.trim().split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            boolean refused = false;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
                if (parameter.startsWith("q=")) {
                    try {
                        refused = Double.parseDouble(parameter.substring(2)) <= 0;
                    } catch (NumberFormatException e) {
                        refused = true;
                    }
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                return !refused;
            }
            if (coding.equals("*")) {
                star = !refused;
            }
        }
        return star;
    }

    /** Whether a content type is text that compresses well. */
    static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (type.equals("text/event-stream")) {
            return false;
        }
        return type.startsWith("text/") || type.equals("application/json") || type.endsWith("+json")
                || type.equals("application/javascript") || type.equals("application/x-javascript")
                || type.equals("application/ecmascript") || type.equals("application/xml") || type.endsWith("+xml")
                || type.equals("application/yaml") || type.equals("application/x-yaml");
    }

    /** A response that decides, when its body starts, whether to gzip it. */
    static final class Gzipped extends HttpServletResponseWrapper {

        private final HttpServletResponse raw;
        private Boolean compressing;
        private long length = -1;
        private GzipStream stream;
        private PrintWriter writer;

        Gzipped(HttpServletResponse raw) {
            super(raw);
            this.raw = raw;
        }

        private boolean decide() {
            if (compressing == null) {
                int status = raw.getStatus();
                compressing = status != SC_NO_CONTENT && status != SC_NOT_MODIFIED && status != SC_PARTIAL_CONTENT
                        && !raw.containsHeader("Content-Encoding") && !raw.containsHeader("Content-Range")
                        && compressible(raw.getContentType()) && (length < 0 || length >= MINIMUM);
                if (compressing) {
                    raw.setHeader("Content-Encoding", "gzip");
                } else if (length >= 0) {
                    raw.setContentLengthLong(length);
                }
            }
            return compressing;
        }

        /**
         * The body as bytes: the choice waits for the first byte, since a resource handler may ask for the stream
         * before it sets the type (Faces' does).
         */
        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was called");
            }
            if (Boolean.FALSE.equals(compressing)) {
                return raw.getOutputStream();
            }
            if (stream == null) {
                stream = new GzipStream(this);
            }
            return stream;
        }

        /** The body as text: the type and its character set are set by now (Servlet specification). */
        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer != null) {
                return writer;
            }
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() was called");
            }
            if (!decide()) {
                return raw.getWriter();
            }
            stream = new GzipStream(this);
            writer = new PrintWriter(new OutputStreamWriter(stream, charset()));
            return writer;
        }

        private String charset() {
            return raw.getCharacterEncoding() == null ? StandardCharsets.ISO_8859_1.name() : raw.getCharacterEncoding();
        }

        @Override
        public void setContentLength(int length) {
            setContentLengthLong(length);
        }

        @Override
        public void setContentLengthLong(long length) {
            if (compressing == null) {
                this.length = length;
            } else if (!compressing) {
                raw.setContentLengthLong(length);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                setContentLengthLong(value == null ? -1 : Long.parseLong(value.trim()));
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                setContentLengthLong(value == null ? -1 : Long.parseLong(value.trim()));
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setIntHeader(String name, int value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                setContentLengthLong(value);
            } else {
                super.setIntHeader(name, value);
            }
        }

        @Override
        public void addIntHeader(String name, int value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                setContentLengthLong(value);
            } else {
                super.addIntHeader(name, value);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            } else if (stream != null) {
                stream.flush();
            }
            super.flushBuffer();
        }

        @Override
        public void reset() {
            super.reset();
            compressing = null;
            length = -1;
            stream = null;
            writer = null;
        }

        @Override
        public void resetBuffer() {
            super.resetBuffer();
            if (stream != null) {
                // what the stream held is dropped with the buffer; the next byte starts a new gzip stream
                stream.restart();
            }
        }

        /** A body that never started: nothing to compress, the length announced (if any) stands. */
        void decideEmpty() {
            if (compressing == null) {
                compressing = false;
                if (length >= 0 && !raw.isCommitted()) {
                    raw.setContentLengthLong(length);
                }
            }
        }

        /** Ends the gzip stream, or gives a body never started the length it announced. */
        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (stream != null) {
                stream.finish();
            } else {
                decideEmpty();
            }
        }
    }

    /**
     * The body of an answer that may be compressed: at the first byte (or flush, or end) the response decides; then
     * the bytes go through gzip to the container's stream, or straight to it.
     */
    static final class GzipStream extends ServletOutputStream {

        private final Gzipped response;
        private ServletOutputStream out;
        private GZIPOutputStream gzip;
        private boolean finished;

        GzipStream(Gzipped response) {
            this.response = response;
        }

        private ServletOutputStream target() throws IOException {
            if (out == null) {
                out = response.raw.getOutputStream();
                if (response.decide()) {
                    gzip = new GZIPOutputStream(out, 8192, true);
                }
            }
            return out;
        }

        void restart() {
            out = null;
            gzip = null;
            finished = false;
        }

        @Override
        public void write(int b) throws IOException {
            ServletOutputStream target = target();
            if (gzip != null) {
                gzip.write(b);
            } else {
                target.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            ServletOutputStream target = target();
            if (gzip != null) {
                gzip.write(bytes, offset, length);
            } else {
                target.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            if (finished) {
                return;
            }
            ServletOutputStream target = target();
            if (gzip != null) {
                gzip.flush();
            } else {
                target.flush();
            }
        }

        void finish() throws IOException {
            if (!finished) {
                if (out == null && response.compressing == null) {
                    // nothing written: no gzip stream for an empty body
                    finished = true;
                    response.decideEmpty();
                    return;
                }
                target();
                finished = true;
                if (gzip != null) {
                    gzip.finish();
                    gzip.flush();
                }
            }
        }

        @Override
        public void close() throws IOException {
            finish();
        }

        @Override
        public boolean isReady() {
            return out == null || out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            try {
                target().setWriteListener(listener);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Ends the compressed body of an asynchronous answer when it completes. */
    private record Finisher(Gzipped response) implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) throws IOException {
            response.finish();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }
}
