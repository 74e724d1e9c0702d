package com.renewalpost.fulfilment.operations;

import com.renewalpost.fulfilment.platform.DatabaseReadiness;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The readiness check's details, which anonymous /health/ready no longer shows: the database
 * product and version, the products it holds, or why it does not answer. For admins and the
 * monitoring system (metrics token), like /metrics.
 */
@Path("operations/database")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class DatabaseStatusResource {

    @Inject
    @Readiness
    DatabaseReadiness readiness;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.METRICS_READ})
    @Operation(summary = "The database behind readiness: product, version, or why it is down (503)",
            description = "For admins and the metrics token. /health/ready tells anyone only UP or DOWN.")
    public Response database() {
        var probe = readiness.probe();
        return Response.status(probe.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(probe).header("Cache-Control", "no-store").build();
    }
}
