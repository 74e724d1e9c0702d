package com.renewalpost.fulfilment.staff;

import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.ProblemDetail;
import com.renewalpost.fulfilment.platform.StaffLanguage;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Deny by default for the REST API: every resource method must say who may call it
 * ({@code @RolesAllowed}, {@code @PermitAll}), on itself or its class. One without a rule
 * answers 403 to everybody, and is logged at start-up so it is noticed.
 */
@Provider
public class AccessRules implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(AccessRules.class.getName());
    private static final String APPLICATION_PACKAGE = "com.renewalpost.";

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        var method = resource.getResourceMethod();
        if (has(method, PermitAll.class)) {
            return;
        }
        var roles = method.getAnnotation(RolesAllowed.class) != null ? method.getAnnotation(RolesAllowed.class)
                : method.isAnnotationPresent(DenyAll.class) ? null
                : resource.getResourceClass().getAnnotation(RolesAllowed.class);
        if (roles == null) {
            // Jersey's own OPTIONS handlers (one per resource) have no rule either: denied, but not worth a line each
            if (!method.isAnnotationPresent(DenyAll.class) && !resource.getResourceClass().isAnnotationPresent(DenyAll.class)
                    && resource.getResourceClass().getName().startsWith(APPLICATION_PACKAGE)) {
                LOG.warning(() -> "No access rule on " + resource.getResourceClass().getSimpleName() + "."
                        + method.getName() + ": denied to everybody");
            }
            context.register(new RoleCheck(Set.of()));
            return;
        }
        context.register(new RoleCheck(Set.copyOf(Arrays.asList(roles.value()))));
    }

    private static boolean has(Method method, Class<? extends java.lang.annotation.Annotation> rule) {
        return method.isAnnotationPresent(rule)
                || (method.getDeclaringClass().isAnnotationPresent(rule)
                && !method.isAnnotationPresent(RolesAllowed.class) && !method.isAnnotationPresent(DenyAll.class));
    }

    /** Lets a request through when its caller holds one of the roles. */
    @Priority(Priorities.AUTHORIZATION)
    static final class RoleCheck implements ContainerRequestFilter {

        private final Set<String> roles;

        RoleCheck(Set<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                request.abortWith(ProblemDetail.of(Response.Status.UNAUTHORIZED, "not-logged-in",
                        Message.of("access.logIn")).toResponse(reader(request)));
                return;
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                request.abortWith(ProblemDetail.of(Response.Status.FORBIDDEN, "not-allowed",
                        Message.of("access.notAllowed")).toResponse(reader(request)));
            }
        }

        private static java.util.Locale reader(ContainerRequestContext request) {
            return StaffLanguage.ofAcceptLanguage(request.getHeaderString("Accept-Language"));
        }
    }
}
