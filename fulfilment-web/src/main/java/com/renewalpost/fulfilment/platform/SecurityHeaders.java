package com.renewalpost.fulfilment.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The web's defences on every response, and the cross-site check for cookie-authenticated
 * state changes.
 *
 * <p>The Content-Security-Policy allows what the staff pages (PrimeFaces) need and nothing more:
 * scripts and styles from this site, inline ones too because PrimeFaces writes inline handlers
 * and styles, {@code 'unsafe-eval'} for its AJAX updates; images from this site and {@code data:}
 * (QR previews, PrimeFaces icons); no plugins, no framing, forms post only here.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The policy for a PDF the staff pages frame to print it (the print button's hidden frame): the
     * same, except that pages of this site may frame it.
     */
    public static final String FRAMED_BY_THIS_SITE = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'",
            "frame-ancestors 'self'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        defend(request, response);
        // A request that authenticated with its own credentials (API key, Basic) cannot be forged by
        // another site; any other Authorization header (unknown scheme, refused) proves nothing.
        if (SameOrigin.changesState(request) && request.getAttribute(SameOrigin.AUTHENTICATED_BY_HEADER) == null
                && request.getSession(false) != null
                && request.getSession(false).getAttribute(SameOrigin.STAFF_SESSION) != null
                && !SameOrigin.isSameOrigin(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"/problems/cross-site-request\",\"title\":\"Forbidden\","
                    + "\"status\":403,\"detail\":\"Refused: this request did not come from a Renewal Post page\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The defensive headers of every answer. Also called by the login mechanism, which answers
     * some requests (login, logout, 401, 429) before this filter runs.
     */
    public static void defend(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (isIcon(request)) {
            // every page asks for it: a day in the browser's cache spares the request
            response.setHeader("Cache-Control", "public, max-age=86400");
        } else if (!isStaticResource(request)) {
            // pages and API answers carry personal data and sometimes codes
            response.setHeader("Cache-Control", "no-store");
        }
    }

    private static boolean isIcon(HttpServletRequest request) {
        var path = request.getRequestURI();
        return path.equals(request.getContextPath() + "/favicon.ico")
                || path.equals(request.getContextPath() + "/static/favicon.svg");
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        var path = request.getRequestURI();
        return path.contains("/jakarta.faces.resource/") || path.endsWith(".css") || path.endsWith(".js")
                || path.endsWith(".png") || path.endsWith(".svg") || path.endsWith(".woff2");
    }
}
