package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.orders.UnknownOrderException;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** Support sends a lost or returned letter again. */
@Path("orders/{number}/reship")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tracking")
public class ReshipResource {

    public record ReshipRequest(String reason) {
    }

    @Inject
    Reships reships;
    @Context
    SecurityContext security;

    @POST
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a lost or returned letter again as a linked replacement order",
            description = "The first letter's code is voided (and the replacement gets a new one) unless it was "
                    + "already emailed to the customer; audited; the customer gets the replacement-sent email once "
                    + "the replacement is posted.")
    public Response reship(@PathParam("number") String number, ReshipRequest request) {
        var orderNumber = OrderNumber.parse(number).orElseThrow(() -> UnknownOrderException.of(number));
        var outcome = reships.reship(orderNumber, request == null ? null : request.reason(),
                security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(outcome).build();
    }
}
