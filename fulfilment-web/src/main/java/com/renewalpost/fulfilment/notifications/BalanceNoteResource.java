package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.UnknownOrderException;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The printable note asking a customer for the balance of a short-paid post order. */
@Path("orders/{number}/balance-note.pdf")
@RequestScoped
@Tag(name = "Payments")
public class BalanceNoteResource {

    @Inject
    BalanceNotes notes;

    @GET
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.WAREHOUSE, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "A printable note asking the customer for the balance of a short-paid post order",
            description = "The balance-due email's text in the customer's language under their address; 409 "
                    + "no-balance-due when the order was not paid short.")
    public Response pdf(@PathParam("number") String number) {
        var parsed = OrderNumber.parse(number).orElseThrow(() -> UnknownOrderException.notANumber(number));
        return Response.ok(notes.pdf(parsed), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"balance-note-" + parsed.value() + ".pdf\"").build();
    }
}
