package com.renewalpost.fulfilment.staff;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.platform.Roles;
import com.renewalpost.fulfilment.platform.StaffLanguage;
import com.renewalpost.fulfilment.platform.ProblemDetail;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.SameOrigin;
import com.renewalpost.fulfilment.platform.SecurityHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How every request says who it is, in one place: an integration's API key
 * ({@code Authorization: Bearer rp_...}), the monitoring system's metrics token (also a bearer
 * token, {@link MetricsToken}), a staff account's credentials for scripts
 * ({@code Authorization: Basic}), or the session a staff member opened by logging in with the
 * form ({@code POST /login}). Sessions are checked against the account on every request, so a
 * disabled account or a changed password ends them at once. A person who must change their
 * password is known but holds no role until they have.
 */
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.html";
    /** Where staff land after logging in: the dashboard. */
    public static final String STAFF_HOME = "/staff/index.xhtml";
    /** Who reads /metrics with the metrics token. */
    static final String METRICS_READER = "metrics-reader";

    @Inject
    StaffAccounts accounts;
    @Inject
    ApiKeys apiKeys;
    @Inject
    MetricsToken metricsToken;
    @Inject
    AuditLog audit;
    @Inject
    RequestOrigin origin;
    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            // this mechanism answers some requests itself, before the filter that sets these runs
            SecurityHeaders.defend(request, response);
            var path = request.getRequestURI().substring(request.getContextPath().length());
            var authorization = request.getHeader("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                var token = authorization.substring(7).strip();
                if (metricsToken.matches(token)) {
                    return byHeader(request, context.notifyContainerAboutLogin(METRICS_READER,
                            Set.of(Roles.METRICS_READ)));
                }
                return apiKeys.verify(token)
                        .map(key -> byHeader(request, context.notifyContainerAboutLogin("api-key:" + key.keyId(),
                                Set.of(key.scope()))))
                        .orElseGet(() -> refuse(request, response, 401, Message.of("login.badApiKey")));
            }
            if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return basic(authorization.substring(6).strip(), request, response, context);
            }
            if ("POST".equals(request.getMethod()) && path.equals("/login")) {
                return formLogin(request, response);
            }
            if ("POST".equals(request.getMethod()) && path.equals("/logout")) {
                return logout(request, response);
            }
            var session = request.getSession(false);
            if (session != null && session.getAttribute(StaffSession.ATTRIBUTE) instanceof StaffSession staff) {
                var account = accounts.stillValid(staff);
                if (account.isPresent()) {
                    return context.notifyContainerAboutLogin(staff.username(), rolesOf(account.get()));
                }
                session.invalidate();
            }
            if (path.startsWith("/api/")) {
                // The API's own rules answer anonymous calls (401 where a role is needed, public
                // endpoints served); Payara counts every matched resource as protected.
                return context.doNothing();
            }
            if (context.isProtected()) {
                response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?next="
                        + URLEncoder.encode(path, StandardCharsets.UTF_8));
                return AuthenticationStatus.SEND_CONTINUE;
            }
            return context.doNothing();
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refuse(request, response, 401, Message.of("login.malformedBasic"));
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return refuse(request, response, 401, Message.of("login.malformedBasic"));
        }
        var outcome = accounts.login(decoded.substring(0, colon), decoded.substring(colon + 1),
                origin.clientAddress(request));
        if (outcome instanceof StaffAccounts.LoginOutcome.Success s) {
            return byHeader(request, context.notifyContainerAboutLogin(s.account().username(), rolesOf(s.account())));
        }
        if (outcome instanceof StaffAccounts.LoginOutcome.TooSoon t) {
            return tooSoon(request, response, t.waitSeconds());
        }
        return refuse(request, response, 401, ((StaffAccounts.LoginOutcome.Refused) outcome).reason());
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean wantsJson = String.valueOf(request.getHeader("Accept")).contains("application/json");
        if (!SameOrigin.isSameOrigin(request)) {
            return refuse(request, response, 403, Message.of("login.fromLoginPage"));
        }
        var outcome = accounts.login(request.getParameter("username"), request.getParameter("password"),
                origin.clientAddress(request));
        if (outcome instanceof StaffAccounts.LoginOutcome.Success success) {
            var account = success.account();
            var session = request.getSession(true);
            request.changeSessionId(); // a session id known before login is worthless after it
            sameSiteStrict(response);
            session.setAttribute(StaffSession.ATTRIBUTE, new StaffSession(account.id(), account.username(),
                    account.roles(), Clocks.now(clock)));
            if (wantsJson) {
                respond(response, 200, Json.createObjectBuilder().add("username", account.username())
                        .add("mustChangePassword", account.mustChangePassword()).build().toString(),
                        "application/json");
            } else {
                seeOther(response, request.getContextPath() + safeNext(request.getParameter("next"),
                        account.mustChangePassword()));
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if (outcome instanceof StaffAccounts.LoginOutcome.TooSoon t) {
            return tooSoon(request, response, t.waitSeconds());
        }
        var reason = ((StaffAccounts.LoginOutcome.Refused) outcome).reason();
        if (wantsJson) {
            return refuse(request, response, 401, reason);
        }
        seeOther(response, request.getContextPath() + LOGIN_PAGE + "?error="
                + URLEncoder.encode(reason.in(StaffLanguage.ofAcceptLanguage(request.getHeader("Accept-Language"))),
                StandardCharsets.UTF_8));
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus logout(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!SameOrigin.isSameOrigin(request)) {
            // another site must not end a session either
            return refuse(request, response, 403, Message.of("login.logoutFromPage"));
        }
        var session = request.getSession(false);
        if (session != null) {
            if (session.getAttribute(StaffSession.ATTRIBUTE) instanceof StaffSession staff) {
                audit.record(staff.username(), AuditAction.LOGOUT, staff.username());
            }
            session.invalidate();
        }
        seeOther(response, request.getContextPath() + LOGIN_PAGE + "?loggedOut");
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * The session cookie goes to this site only (docs/security.md promises Strict). web.xml's cookie-config
     * asks for it, but Payara Micro leaves the attribute out of the session cookie it writes, so the
     * cookie header it has just added is rewritten here, where every session is opened.
     */
    static void sameSiteStrict(HttpServletResponse response) {
        var cookies = List.copyOf(response.getHeaders("Set-Cookie"));
        for (int i = 0; i < cookies.size(); i++) {
            var cookie = cookies.get(i);
            var strict = cookie.toLowerCase(Locale.ROOT).contains("samesite=") ? cookie
                    : cookie + "; SameSite=Strict";
            if (i == 0) {
                response.setHeader("Set-Cookie", strict);
            } else {
                response.addHeader("Set-Cookie", strict);
            }
        }
    }

    /** Tells the cross-site check that this request authenticated with its own Authorization header. */
    private static AuthenticationStatus byHeader(HttpServletRequest request, AuthenticationStatus status) {
        if (status == AuthenticationStatus.SUCCESS) {
            request.setAttribute(SameOrigin.AUTHENTICATED_BY_HEADER, Boolean.TRUE);
        }
        return status;
    }

    /** After a form post: the browser follows with a GET, so a reload does not post the password again. */
    private static void seeOther(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

    private static Set<String> rolesOf(StaffAccount account) {
        return account.mustChangePassword() ? Set.of() : account.roles();
    }

    /**
     * Only the application's own pages: a staff page ({@code /staff/...xhtml}) or the password
     * page, as a plain path. Anything else (another host, a scheme, {@code //}, a backslash, a
     * control character, a dot segment, an encoded character) could send a fresh session elsewhere.
     */
    static String safeNext(String next, boolean mustChangePassword) {
        if (mustChangePassword) {
            return PASSWORD_PAGE;
        }
        return isOwnPage(next) ? next : STAFF_HOME;
    }

    static final String PASSWORD_PAGE = "/password.html";
    private static final Pattern STAFF_PAGE = Pattern.compile("/staff/(?:[a-z0-9][a-z0-9_-]*/)*[a-z0-9][a-z0-9_-]*\\.xhtml");

    static boolean isOwnPage(String next) {
        return next != null && next.length() <= 200
                && (next.equals(PASSWORD_PAGE) || STAFF_PAGE.matcher(next).matches());
    }

    private static AuthenticationStatus tooSoon(HttpServletRequest request, HttpServletResponse response, long seconds) {
        response.setHeader("Retry-After", String.valueOf(seconds));
        return refuse(request, response, 429, Message.of("login.tooSoon", seconds));
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status,
                                               Message detail) {
        var problem = ProblemDetail.of(status, "authentication", detail)
                .in(StaffLanguage.ofAcceptLanguage(request.getHeader("Accept-Language")));
        response.setHeader("Content-Language", StaffLanguage.tag(StaffLanguage.ofAcceptLanguage(request.getHeader("Accept-Language"))));
        respond(response, status, Json.createObjectBuilder()
                .add("type", problem.type()).add("title", problem.title())
                .add("status", status).add("detail", problem.detail()).build().toString(), "application/problem+json");
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static void respond(HttpServletResponse response, int status, String body, String type) {
        try {
            response.setStatus(status);
            response.setContentType(type);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(body);
            response.flushBuffer();
        } catch (IOException ignored) {
            // the client went away
        }
    }
}
