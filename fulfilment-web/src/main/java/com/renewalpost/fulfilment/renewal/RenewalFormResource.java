package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.orders.OrderRequest;
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

/** Order entry's scan of a renewal form: the order it asks for, filled in from the order it was printed with. */
@Path("renewal-forms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class RenewalFormResource {

    @Inject
    IssuedForms forms;

    @GET
    @Path("{reference}")
    @RolesAllowed({Roles.WAREHOUSE, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "The renewal a scanned renewal form asks for, as an order request to check, complete "
            + "with the payment and the customer's changes, and post to /api/orders")
    public Response renewal(@PathParam("reference") String reference) {
        OrderRequest request = forms.renewalFrom(reference).request();
        return Response.ok(request).header("Cache-Control", "no-store").build();
    }
}
