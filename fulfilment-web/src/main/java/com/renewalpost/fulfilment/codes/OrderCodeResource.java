package com.renewalpost.fulfilment.codes;

import com.renewalpost.fulfilment.platform.Actor;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.UnknownOrderException;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An order's activation code over REST, under the order's path. Its own resource in the codes
 * component (JAX-RS picks it over {@code orders} for this longer path), so that orders does not
 * depend on codes.
 */
@Path("orders/{number}/code")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrderCodeResource {

    @Inject
    CodeReveals reveals;
    @Context
    SecurityContext security;

    /** Why support or an admin needs to see the code; required, and kept in the audit log. */
    public record RevealRequest(String reason) {
    }

    /** @param confirmationCode the SGP.22 confirmation code when the code needs one, else absent */
    public record RevealedCode(String number, String code, String confirmationCode) {
    }

    @POST
    @Path("reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Transactional
    @Operation(summary = "Show one order's activation code (and its confirmation code, when it needs one), with a stated reason (audited)")
    public RevealedCode reveal(@PathParam("number") String number, RevealRequest request) {
        var revealed = reveals.revealWithConfirmation(parse(number), request == null ? null : request.reason(),
                Actor.of(security));
        return new RevealedCode(parse(number).value(), revealed.code(), revealed.confirmationCode());
    }

    private static OrderNumber parse(String number) {
        return OrderNumber.parse(number).orElseThrow(() -> UnknownOrderException.notANumber(number));
    }
}
