package com.renewalpost.fulfilment.operations;

import com.renewalpost.fulfilment.platform.Roles;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Who may read {@code /metrics}: the monitoring system with the metrics token
 * ({@code fulfilment.metrics.token}, checked without the database and without a password hash),
 * and admins. The figures hold no code and no personal data, but they are the business's own
 * (stock, volume).
 *
 * <p>Payara Micro serves MicroProfile Metrics inside the application deployed at the root context,
 * so this filter guards it there (the run command deploys at {@code /}). Payara's own switch for a
 * protected endpoint insists on HTTPS in Payara itself, which a deployment behind a TLS-terminating
 * proxy does not have.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"}, asyncSupported = true)
public class MetricsAccess extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isUserInRole(Roles.ADMIN) || request.isUserInRole(Roles.METRICS_READ)) {
            chain.doFilter(request, response);
            return;
        }
        boolean anonymous = request.getUserPrincipal() == null;
        if (anonymous) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Renewal Post metrics\"");
        }
        refuse(response, anonymous ? 401 : 403, anonymous ? "not-logged-in" : "not-allowed",
                anonymous ? "Send the metrics token, or an admin's credentials"
                        : "Only the monitoring system (metrics token) and admins may read the metrics");
    }

    private static void refuse(HttpServletResponse response, int status, String type, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("type", "/problems/" + type)
                .add("title", status == 401 ? "Unauthorized" : "Forbidden").add("status", status)
                .add("detail", detail).build().toString());
    }
}
