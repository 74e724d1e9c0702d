package com.renewalpost.fulfilment.staff;

import com.renewalpost.fulfilment.platform.Actor;
import com.renewalpost.fulfilment.platform.Roles;
import com.renewalpost.fulfilment.platform.DateParameter;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.ProblemDetail;
import com.renewalpost.fulfilment.platform.ProblemException;
import com.renewalpost.fulfilment.platform.StaffLanguage;
import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** Admin: staff accounts, API keys and the audit log. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Admin")
public class StaffAdminResource {

    @Context
    HttpHeaders headers;

    public record AccountView(String username, String displayName, Set<String> roles, boolean enabled,
                              boolean mustChangePassword, int failedLogins, OffsetDateTime lockedUntil) {
        static AccountView of(StaffAccount a) {
            return new AccountView(a.username(), a.displayName(), a.roles(), a.enabled(), a.mustChangePassword(),
                    a.failedLogins(), a.lockedUntil());
        }
    }

    public record NewAccount(String username, String displayName, Set<String> roles, String initialPassword) {
    }

    public record AccountChange(Set<String> roles, Boolean enabled) {
    }

    public record ApiKeyView(String keyId, String name, String scope, String createdBy, OffsetDateTime createdAt,
                             OffsetDateTime revokedAt) {
        static ApiKeyView of(ApiKey k) {
            return new ApiKeyView(k.keyId(), k.name(), k.scope(), k.createdBy(), k.createdAt(), k.revokedAt());
        }
    }

    public record NewApiKey(String name, String scope) {
    }

    /** The one answer that ever contains a key's secret. */
    public record CreatedApiKey(ApiKeyView key, String token) {
    }

    public record AuditView(OffsetDateTime at, String actor, String action, String subject, String detail,
                            String clientAddress) {
    }

    /** The column's length (staff_account.display_name). */
    static final int DISPLAY_NAME_MAX = 200;

    @Inject
    StaffAccounts accounts;
    @Inject
    ApiKeys apiKeys;
    @Inject
    AuditLog audit;
    @Inject
    WarehouseCalendar calendar;
    @Context
    SecurityContext security;
    @Context
    HttpServletResponse response;

    @GET
    @Path("staff")
    @Operation(summary = "Staff accounts by username", description = PageRequest.PAGED)
    public List<AccountView> staff(@QueryParam("page") String page, @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        PageRequest.total(response, accounts.count());
        return accounts.all(asked).stream().map(AccountView::of).toList();
    }

    @POST
    @Path("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff account; the person must change the initial password at first login")
    public Response createStaff(NewAccount account) {
        var displayName = account.displayName();
        if (displayName != null && (displayName.strip().length() > DISPLAY_NAME_MAX
                || displayName.codePoints().anyMatch(Character::isISOControl))) {
            throw new ProblemException(ProblemDetail.of(Response.Status.BAD_REQUEST, "invalid-account",
                    Message.of("staff.displayName")).withErrors(null, List.of(new ProblemDetail.FieldText("displayName",
                    Message.of("staff.displayNameField", DISPLAY_NAME_MAX)))));
        }
        var created = accounts.create(account.username(), account.displayName(),
                account.roles() == null ? Set.of() : account.roles(), account.initialPassword(), Actor.of(security));
        return Response.status(Response.Status.CREATED).entity(AccountView.of(created)).build();
    }

    @PATCH
    @Path("staff/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change roles, or disable (ends the person's sessions) or enable an account")
    public AccountView changeStaff(@PathParam("username") String username, AccountChange change) {
        return AccountView.of(accounts.change(username, change.roles(), change.enabled(), Actor.of(security)));
    }

    @POST
    @Path("staff/{username}/unlock")
    @Operation(summary = "Release an account locked after failed logins")
    public Response unlock(@PathParam("username") String username) {
        accounts.unlock(username, Actor.of(security));
        return Response.noContent().build();
    }

    @GET
    @Path("api-keys")
    @Operation(summary = "API keys (never their secrets), newest first", description = PageRequest.PAGED)
    public List<ApiKeyView> keys(@QueryParam("page") String page, @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        PageRequest.total(response, apiKeys.count());
        return apiKeys.all(asked).stream().map(ApiKeyView::of).toList();
    }

    @POST
    @Path("api-keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API key; the token in the answer is shown this once only")
    public Response createKey(NewApiKey key) {
        var created = apiKeys.create(key.name(), key.scope(), Actor.of(security));
        return Response.status(Response.Status.CREATED)
                .entity(new CreatedApiKey(ApiKeyView.of(created.key()), created.token())).build();
    }

    @DELETE
    @Path("api-keys/{keyId}")
    @Operation(summary = "Revoke an API key")
    public ApiKeyView revoke(@PathParam("keyId") String keyId) {
        return ApiKeyView.of(apiKeys.revoke(keyId, Actor.of(security)));
    }

    @GET
    @Path("audit")
    @Operation(summary = "Search the audit log, newest first",
            description = "q: text in actor, subject or detail; actor: one username; action: the act; "
                    + "from / to: days (2026-03-05), both included, in the warehouse's time zone. " + PageRequest.PAGED)
    public List<AuditView> audit(@QueryParam("q") String text, @QueryParam("action") AuditAction action,
                                 @QueryParam("actor") String actor,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("page") String page,
                                 @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        var filter = AuditLog.Filter.ofDays(text, actor, action, DateParameter.parse(from, "from", null),
                DateParameter.parse(to, "to", null), calendar.zone());
        PageRequest.total(response, audit.count(filter));
        return audit.search(filter, asked.first(), asked.size()).stream()
                .map(e -> new AuditView(e.occurredAt(), e.actor(), e.action(), e.subject(), e.detail(StaffLanguage.of(headers)),
                        e.clientAddress())).toList();
    }
}
