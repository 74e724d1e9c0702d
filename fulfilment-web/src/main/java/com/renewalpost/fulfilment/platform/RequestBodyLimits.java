package com.renewalpost.fulfilment.platform;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The largest request body each kind of endpoint reads (one unsigned 400 MB POST to the webhook
 * once exhausted the heap before its signature was checked): the webhook, CSV imports and file
 * uploads, other API bodies (JSON), and the staff pages' form posts, each set in MicroProfile
 * Config ({@code fulfilment.body-limit.*}). A declared Content-Length over the limit is refused at
 * once without reading; a chunked body is counted as it is read and refused when it passes the
 * limit. Either way the answer is a 413 problem. Form posts and uploads are parsed by the server
 * itself, past this count, so they must declare their length (411 otherwise; browsers always do).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestBodyLimits extends HttpFilter {

    /** Request attribute set when a counted body passed its limit. */
    public static final String EXCEEDED = RequestBodyLimits.class.getName() + ".exceeded";

    private static final String WEBHOOK = "/api/tracking/events";

    /** The body limits in bytes, by kind of endpoint. */
    public record Limits(long webhook, long csv, long json, long form) {

        static Limits from(Config config) {
            return new Limits(bytes(config, "webhook", 64 * 1024), bytes(config, "csv", 20L * 1024 * 1024),
                    bytes(config, "json", 256 * 1024), bytes(config, "form", 1024 * 1024));
        }

        private static long bytes(Config config, String kind, long fallback) {
            return config.getOptionalValue("fulfilment.body-limit." + kind + "-bytes", Long.class).orElse(fallback);
        }

        /** The limit for a request to {@code path} (inside the application) with this content type. */
        public long of(String path, String contentType) {
            var type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            if (path.equals(WEBHOOK)) {
                return webhook;
            }
            if ((path.startsWith("/api/") && path.endsWith("/import")) || type.startsWith("multipart/")) {
                return csv;
            }
            if (path.startsWith("/api/")) {
                return json;
            }
            return form;
        }
    }

    /** Thrown by a counted body as it passes its limit; answered 413. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        public TooLarge(long limit) {
            super("request body over " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private transient Limits limits;

    @Override
    public void init() {
        limits = Limits.from(ConfigProvider.getConfig());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limits.of(path, request.getContentType());
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, 413, "body-too-large", tooLarge(limit));
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null && parsedByTheServer(request)) {
            refuse(request, response, 411, "length-required", Message.of("problem.lengthRequired", limit));
            return;
        }
        try {
            chain.doFilter(declared < 0 ? new Counted(request, limit) : request, response);
        } catch (IOException | ServletException | RuntimeException failed) {
            if (!causedByTooLarge(failed) || response.isCommitted()) {
                throw failed;
            }
            response.resetBuffer();
            refuse(request, response, 413, "body-too-large", tooLarge(limit));
        }
    }

    /** The detail of a 413 answer. */
    public static Text tooLarge(long limit) {
        return Message.of("problem.bodyTooLarge", limit);
    }

    /** Whether {@code failure} or one of its causes is a body passing its limit. */
    public static boolean causedByTooLarge(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    private static boolean parsedByTheServer(HttpServletRequest request) {
        var type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String type,
                               Text detail) throws IOException {
        var reader = StaffLanguage.ofAcceptLanguage(request.getHeader("Accept-Language"));
        response.setStatus(status);
        // the rest of the body is not read: the connection cannot carry another request
        response.setHeader("Connection", "close");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Language", StaffLanguage.tag(reader));
        var problem = ProblemDetail.of(status, type, detail).in(reader);
        response.getWriter().write(Json.createObjectBuilder().add("type", problem.type()).add("title", problem.title())
                .add("status", problem.status()).add("detail", problem.detail()).build().toString());
    }

    /** A request whose body of unknown length is counted as it is read. */
    private static final class Counted extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream counted;
        private BufferedReader reader;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountingStream(super.getInputStream(), limit, this);
            }
            return counted;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                var encoding = getCharacterEncoding();
                reader = new BufferedReader(new InputStreamReader(getInputStream(),
                        encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding)));
            }
            return reader;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private final HttpServletRequest request;
        private long read;

        CountingStream(ServletInputStream in, long limit, HttpServletRequest request) {
            this.in = in;
            this.limit = limit;
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                request.setAttribute(EXCEEDED, limit);
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
