package com.renewalpost.fulfilment.platform;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.Set;

/**
 * The cross-site request check for cookie-authenticated state changes: the browser's
 * {@code Origin} (or, failing that, {@code Referer}) must be this server. Requests that carry
 * their own credentials (API key, Basic) cannot be forged by another site and are not checked.
 */
public final class SameOrigin {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private SameOrigin() {
    }

    public static boolean changesState(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod());
    }

    public static boolean isSameOrigin(HttpServletRequest request) {
        var claimed = request.getHeader("Origin");
        if (claimed == null || claimed.equals("null")) {
            claimed = request.getHeader("Referer");
        }
        if (claimed == null) {
            return false;
        }
        try {
            var uri = URI.create(claimed);
            int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
            var host = request.getHeader("Host");
            var expected = host != null ? URI.create(request.getScheme() + "://" + host) : null;
            int expectedPort = expected == null || expected.getPort() == -1
                    ? ("https".equals(request.getScheme()) ? 443 : 80) : expected.getPort();
            return expected != null && request.getScheme().equals(uri.getScheme())
                    && expected.getHost() != null && expected.getHost().equalsIgnoreCase(uri.getHost())
                    && port == expectedPort;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
