package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.Actor;
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

@Path("queue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Queue")
public class QueueResource {

    @Inject
    PrintQueue queue;
    @Inject
    ServiceChoices choices;
    @Context
    HttpServletResponse response;
    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.WAREHOUSE, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "Orders ready to print, most urgent first, one page at a time",
            description = "Sorted by the latest posting date that still arrives before the plan expires; "
                    + "atRisk marks orders that cannot arrive in time by their own service even if posted today. "
                    + "For those, proposedService is the cheapest faster service that still arrives "
                    + "(proposedTransitDays, proposedLatestPostingDate, proposedPostage and extraPostage in "
                    + "postageCurrency), or noServiceInTime is true. "
                    + "page from 0, size 1-" + PageRequest.MAX_SIZE + " (default " + PageRequest.DEFAULT_SIZE
                    + "); the header " + PageRequest.TOTAL_HEADER + " counts every queued order.")
    public List<PrintQueue.Entry> queue(@QueryParam("page") String page, @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        PageRequest.total(response, queue.count());
        return queue.entries(asked.first(), asked.size());
    }

    /** The service the warehouse confirms. */
    public record ServiceRequest(String service) {
    }

    @POST
    @Path("{number}/service")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "Confirm the faster service the queue proposes for an order (warehouse)",
            description = "{\"service\": \"TRACKED_LETTER\"}: the order's proposedService in GET /api/queue. The order's "
                    + "service changes, its timeline records who, when and the postage; its label and postage follow. "
                    + "400 for a missing or unknown service, 404 for an unknown order, 409 when the order is not queued "
                    + "or the queue proposes no such service now.")
    public ServiceChoices.Confirmed confirmService(@PathParam("number") String number, ServiceRequest request) {
        var order = OrderNumber.parse(number).orElseThrow(() -> UnknownOrderException.notANumber(number));
        return choices.confirm(order, request == null ? null : request.service(), Actor.of(security));
    }
}
