package com.renewalpost.fulfilment.support;

import com.renewalpost.fulfilment.orders.UnknownOrderException;
import com.renewalpost.fulfilment.orders.OrderDetails;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderView;
import com.renewalpost.fulfilment.platform.StaffLanguage;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Support holds, releases or cancels an order through the API, as on the order page (the same {@link OrderActions}). */
@Path("orders/{number}/{act: hold|release|cancel}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrderActionsResource {

    public record ActionRequest(String reason) {
    }

    @Inject
    OrderActions actions;
    @Inject
    OrderDetails details;
    @Context
    SecurityContext security;
    @Context
    HttpHeaders headers;

    @POST
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hold, release or cancel the order, with a reason (required; audited)",
            description = "hold: from RECEIVED or QUEUED; release: ON_HOLD back to QUEUED; cancel: before posting "
                    + "(a code never printed nor seen goes back to stock, a printed or seen one is voided). "
                    + "409 when the order's status does not allow it. Answers the order as it is now.")
    public OrderView act(@PathParam("number") String number, @PathParam("act") String act, ActionRequest request) {
        var orderNumber = OrderNumber.parse(number).orElseThrow(() -> UnknownOrderException.of(number));
        var reason = request == null ? null : request.reason();
        var actor = security.getUserPrincipal().getName();
        switch (act) {
            case "hold" -> actions.hold(orderNumber, reason, actor);
            case "release" -> actions.release(orderNumber, reason, actor);
            default -> actions.cancel(orderNumber, reason, actor);
        }
        return details.view(orderNumber, StaffLanguage.of(headers));
    }
}
