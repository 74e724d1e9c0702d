package com.renewalpost.fulfilment.staff;

import com.renewalpost.fulfilment.platform.Roles;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.ProblemDetail;
import com.renewalpost.fulfilment.platform.ProblemException;
import com.renewalpost.fulfilment.platform.StaffLanguage;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The logged-in person: who they are, and changing their own password. Open to anyone
 * authenticated, including a person who must change their password and so holds no role yet.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff")
public class MeResource {

    @Context
    HttpHeaders headers;

    public record Me(String name, List<String> roles, boolean mustChangePassword) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @Inject
    StaffAccounts accounts;
    @Context
    SecurityContext security;
    @Context
    HttpServletRequest request;

    @GET
    @PermitAll
    @Operation(summary = "Who is calling, with which roles")
    public Me me() {
        var principal = requireLogin();
        var roles = Stream.of(Roles.WAREHOUSE, Roles.SUPPORT, Roles.ADMIN, Roles.ORDERS_WRITE, Roles.METRICS_READ)
                .filter(security::isUserInRole).toList();
        var account = accounts.byUsername(principal);
        return new Me(principal, roles, account.map(StaffAccount::mustChangePassword).orElse(false));
    }

    @PUT
    @Path("password")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one's own password (ends other sessions); a wrong current password counts as a failed login")
    public Response changePassword(PasswordChange change) {
        var principal = requireLogin();
        var account = accounts.byUsername(principal).orElseThrow(() -> new ProblemException(
                Response.Status.FORBIDDEN, "not-a-staff-account", Message.of("staff.onlyStaffPasswords")));
        if (change == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "unreadable-body", Message.of("staff.sendPasswords"));
        }
        try {
            accounts.changeOwnPassword(account.id(), change.currentPassword(), change.newPassword());
        } catch (StaffAccounts.TooSoonException tooSoon) {
            return Response.fromResponse(ProblemDetail.of(429, "too-many-requests", tooSoon.text())
                            .toResponse(StaffLanguage.of(headers)))
                    .header("Retry-After", tooSoon.waitSeconds()).build();
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(StaffSession.ATTRIBUTE) instanceof StaffSession staff) {
            // this session continues under the new password; every other one has ended
            session.setAttribute(StaffSession.ATTRIBUTE, new StaffSession(staff.accountId(), staff.username(),
                    Set.copyOf(account.roles()), accounts.byId(account.id()).orElseThrow().sessionsValidFrom()));
        }
        return Response.noContent().build();
    }

    private String requireLogin() {
        if (security.getUserPrincipal() == null) {
            throw new ProblemException(Response.Status.UNAUTHORIZED, "not-logged-in", Message.of("staff.logInFirst"));
        }
        return security.getUserPrincipal().getName();
    }
}
