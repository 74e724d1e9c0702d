package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.platform.DateParameter;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("lines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Renewal lines")
public class LinesResource {

    /** A reason, as every standing-order action requires one. */
    public record ActionRequest(String reason) {
    }

    @Inject
    Lines lines;
    @Inject
    StandingOrders standingOrders;
    @Context
    HttpServletResponse response;
    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "Renewed lines whose plan next expires in a window, soonest first",
            description = "expiringFrom and expiringTo (2026-03-05, both included, at most " + Lines.MAX_WINDOW_DAYS
                    + " days apart) are required. Each line has its customer, its latest order, its next expiry and "
                    + "the latest day to order (with the days it is counted from). " + PageRequest.PAGED)
    public List<LineView> expiring(@QueryParam("expiringFrom") String from, @QueryParam("expiringTo") String to,
                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        var window = new Lines.Window(DateParameter.parse(from, "expiringFrom", null),
                DateParameter.parse(to, "expiringTo", null));
        PageRequest.total(response, lines.countExpiring(window));
        return lines.expiring(window, asked.first(), asked.size());
    }

    @GET
    @Path("{key}")
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "One renewed line: its next expiry, its standing order and its timeline",
            description = "key is the line's ICCID or US phone number (E.164). standingOrder is the one in force, "
                    + "else the latest that ended, else null; timeline is newest first. 404 for an unknown line.")
    public LineDetails line(@PathParam("key") String key) {
        return standingOrders.details(key).orElseThrow(
                () -> DomainException.notFound("unknown-line", Message.of("standingOrder.unknownLine")));
    }

    @POST
    @Path("{key}/standing-order")
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set up a standing order on the line (renewal without asking)",
            description = "Body: periods (1-" + StandingOrders.MAX_PERIODS + ", prepaid) or untilCancelled: true; "
                    + "payment {method, reference, amount, currency} (prepaid: what was paid for all the periods; "
                    + "until cancelled: the arrangement on file and the amount of one period); reason (required). "
                    + "409 when the line has a standing order in force or no known expiry. Answers the line.")
    public LineDetails setUp(@PathParam("key") String key, StandingOrders.SetUp request) {
        return standingOrders.setUp(key, request, actor());
    }

    @POST
    @Path("{key}/standing-order/{act: skip|pause|resume|cancel}")
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Skip the next period, pause, resume or cancel the line's standing order, with a reason",
            description = "skip: the period for the line's next expiry is not ordered; pause: nothing is ordered "
                    + "until resumed; cancel: it ends. Who and why go on the line's timeline. 409 when the line "
                    + "has no standing order in force. Answers the line.")
    public LineDetails act(@PathParam("key") String key, @PathParam("act") String act, ActionRequest request) {
        var reason = request == null ? null : request.reason();
        return switch (act) {
            case "skip" -> standingOrders.skip(key, reason, actor());
            case "pause" -> standingOrders.pause(key, reason, actor());
            case "resume" -> standingOrders.resume(key, reason, actor());
            default -> standingOrders.cancel(key, reason, actor());
        };
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
