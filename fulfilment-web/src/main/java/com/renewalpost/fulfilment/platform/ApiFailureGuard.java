package com.renewalpost.fulfilment.platform;

import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The last safety net of the API: a failure that escapes JAX-RS (and its {@link ProblemResponses})
 * would otherwise reach the container's HTML error page. Under /api it is answered as a problem
 * detail too, logged with a reference like every unexpected failure.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiFailureGuard extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            var cause = failure instanceof ServletException s && s.getRootCause() != null ? s.getRootCause() : failure;
            var reader = StaffLanguage.ofAcceptLanguage(request.getHeader("Accept-Language"));
            var problem = ProblemResponses.problemFor(cause).in(reader);
            response.resetBuffer();
            response.setHeader("Content-Language", StaffLanguage.tag(reader));
            response.setStatus(problem.status());
            response.setContentType(Problem.MEDIA_TYPE.toString());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            try (var jsonb = JsonbBuilder.create()) {
                response.getWriter().write(jsonb.toJson(problem));
            } catch (Exception closing) {
                throw new ServletException(closing);
            }
        }
    }
}
