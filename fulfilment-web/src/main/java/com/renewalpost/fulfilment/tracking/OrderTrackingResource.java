package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.orders.UnknownOrderException;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.ProblemDetail;
import com.renewalpost.fulfilment.platform.ProblemException;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;

/** Support's view of an order's letters and their events, and support's manual events. */
@Path("orders/{number}/tracking")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tracking")
public class OrderTrackingResource {

    /** What support enters: the status, when (default now) and why. */
    public record ManualEvent(String status, OffsetDateTime occurredAt, String reason) {
    }

    @Inject
    TrackingEvents events;
    @Inject
    OrderLetters letters;
    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.WAREHOUSE, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "The order's letter(s): derived status and every tracking event")
    public OrderLetters.OrderTracking tracking(@PathParam("number") String number) {
        return letters.of(OrderNumber.parse(number).orElseThrow(() -> UnknownOrderException.of(number)));
    }

    @POST
    @Path("events")
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a tracking event by hand (e.g. the customer says it arrived; the post office says it is lost)",
            description = "status is one of the normalised statuses; reason is required. The order follows as with "
                    + "carrier events: DELIVERED, RETURNED_TO_SENDER and LOST move it.")
    public TrackingResource.Received record(@PathParam("number") String number, ManualEvent event) {
        var orderNumber = OrderNumber.parse(number).orElseThrow(() -> UnknownOrderException.of(number));
        if (event == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-tracking-event",
                    Message.of("tracking.sendManual"));
        }
        var status = TrackingStatus.parse(event.status()).orElseThrow(() -> new ProblemException(ProblemDetail.of(
                Response.Status.BAD_REQUEST, "invalid-tracking-event", Message.of("tracking.unknownStatus")).withErrors(
                null, List.of(new ProblemDetail.FieldText("status",
                        Message.of("tracking.statusOneOf", List.of(TrackingStatus.values()).toString()))))));
        var actor = security.getUserPrincipal().getName();
        return TrackingResource.Received.of(events.recordManual(orderNumber, status, event.occurredAt(),
                event.reason(), actor));
    }
}
