package it.sfide.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompressionTest {

    /** A container's response reduced to what the filter touches: headers, type, status, the bytes sent. */
    private static final class Sent {
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        String contentType;
        String charset;
        final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                CompressionTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader", "addHeader" -> {
                        headers.put(((String) args[0]).toLowerCase(), (String) args[1]);
                        yield null;
                    }
                    case "containsHeader" -> headers.containsKey(((String) args[0]).toLowerCase());
                    case "setContentLengthLong" -> {
                        headers.put("content-length", String.valueOf(args[0]));
                        yield null;
                    }
                    case "setContentType" -> {
                        contentType = (String) args[0];
                        if (contentType.contains("charset=")) {
                            charset = contentType.substring(contentType.indexOf("charset=") + 8);
                        }
                        yield null;
                    }
                    case "getContentType" -> contentType;
                    case "getCharacterEncoding" -> charset;
                    case "getStatus" -> 200;
                    case "isCommitted" -> false;
                    case "getOutputStream" -> new ServletOutputStream() {
                        @Override
                        public void write(int b) {
                            body.write(b);
                        }

                        @Override
                        public boolean isReady() {
                            return true;
                        }

                        @Override
                        public void setWriteListener(WriteListener listener) {
                        }
                    };
                    default -> null;
                });
    }

    private static byte[] gunzip(byte[] bytes) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static byte[] text(int length) {
        return "body { font-family: \"Titillium Web\"; }\n".repeat(length / 30 + 1).substring(0, length)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aStreamAskedBeforeItsTypeIsSetIsCompressedOnceTheTypeIsKnownAndLosesItsLength() throws Exception {
        Sent sent = new Sent();
        Compression.Gzipped response = new Compression.Gzipped(sent.response);
        ServletOutputStream out = response.getOutputStream(); // as Faces' resource handler does
        response.setContentType("text/css");
        response.setContentLength(20_000);
        out.write(text(20_000));
        response.finish();
        assertEquals("gzip", sent.headers.get("content-encoding"));
        assertNull(sent.headers.get("content-length"), "the length of the uncompressed body would be wrong");
        assertArrayEquals(text(20_000), gunzip(sent.body.toByteArray()));
        assertTrue(sent.body.size() < 2_000, "compressed: " + sent.body.size());
    }

    @Test
    void aPageWrittenAsTextIsCompressedInItsCharacterSet() throws Exception {
        Sent sent = new Sent();
        Compression.Gzipped response = new Compression.Gzipped(sent.response);
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter writer = response.getWriter();
        String page = "<p>Comunità, novità, perché</p>".repeat(100);
        writer.write(page);
        response.finish();
        assertEquals("gzip", sent.headers.get("content-encoding"));
        assertEquals(page, new String(gunzip(sent.body.toByteArray()), StandardCharsets.UTF_8));
    }

    @Test
    void pdfsFontsShortAnswersAndAnswersAlreadyEncodedPassUntouchedWithTheirLength() throws Exception {
        for (String type : new String[] {"application/pdf", "font/woff2", "image/png", "application/zip"}) {
            Sent sent = new Sent();
            Compression.Gzipped response = new Compression.Gzipped(sent.response);
            ServletOutputStream out = response.getOutputStream();
            response.setContentType(type);
            response.setContentLengthLong(5_000);
            out.write(text(5_000));
            response.finish();
            assertFalse(sent.headers.containsKey("content-encoding"), type);
            assertEquals("5000", sent.headers.get("content-length"), type);
            assertArrayEquals(text(5_000), sent.body.toByteArray(), type);
        }
        Sent small = new Sent();
        Compression.Gzipped response = new Compression.Gzipped(small.response);
        response.setContentType("application/json");
        response.setContentLength(200);
        response.getOutputStream().write(text(200));
        response.finish();
        assertFalse(small.headers.containsKey("content-encoding"), "200 bytes are not worth a gzip header");
        assertEquals("200", small.headers.get("content-length"));

        Sent encoded = new Sent();
        response = new Compression.Gzipped(encoded.response);
        response.setContentType("text/plain");
        response.setHeader("Content-Encoding", "br");
        response.getOutputStream().write(text(5_000));
        response.finish();
        assertEquals("br", encoded.headers.get("content-encoding"));
        assertArrayEquals(text(5_000), encoded.body.toByteArray());
    }

    @Test
    void theClientsAcceptEncodingIsRead() {
        assertTrue(Compression.acceptsGzip("gzip, deflate, br"));
        assertTrue(Compression.acceptsGzip("br;q=1.0, gzip;q=0.8, *;q=0.1"));
        assertTrue(Compression.acceptsGzip("*"));
        assertFalse(Compression.acceptsGzip(null));
        assertFalse(Compression.acceptsGzip("identity"));
        assertFalse(Compression.acceptsGzip("gzip;q=0, deflate"));
        assertFalse(Compression.acceptsGzip("*;q=0"));
        assertTrue(Compression.compressible("image/svg+xml"));
        assertTrue(Compression.compressible("application/atom+xml;charset=UTF-8"));
        assertTrue(Compression.compressible("text/javascript"));
        assertFalse(Compression.compressible("text/event-stream"));
        assertFalse(Compression.compressible("application/pdf"));
        assertFalse(Compression.compressible(null));
    }
}
