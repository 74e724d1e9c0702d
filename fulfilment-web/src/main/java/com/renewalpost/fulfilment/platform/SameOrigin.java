package com.renewalpost.fulfilment.platform;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.Set;

/**
 * The cross-site request check for cookie-authenticated state changes: the browser's
 * {@code Origin} (or, failing that, {@code Referer}) must be this server. Requests that
 * authenticated with their own credentials (API key, Basic) cannot be forged by another site and
 * are not checked; a mere Authorization header, valid or not, is no such proof.
 */
public final class SameOrigin {

    /**
     * Request attribute set by the authentication mechanism when the request authenticated with
     * its own Authorization header (a valid API key, metrics token or Basic credentials): only
     * then is the cross-site check not needed.
     */
    public static final String AUTHENTICATED_BY_HEADER = SameOrigin.class.getName() + ".authenticatedByHeader";

    /**
     * Session attribute holding the logged-in staff member (the staff component's session record):
     * a session carrying it is cookie-authenticated, so its state changes need the cross-site check.
     */
    public static final String STAFF_SESSION = "renewalpost.staff";

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
