package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Delivery standards with both figures: the set one and the one learned from tracked deliveries. */
@Path("delivery-standards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tracking")
public class StandardsResource {

    @Inject
    LearnedStandards learned;
    @Context
    HttpServletResponse response;

    @GET
    @RolesAllowed({Roles.WAREHOUSE, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "Every delivery standard: set days and source, learned days and the deliveries behind them, the days in use",
            description = PageRequest.PAGED)
    public List<LearnedStandards.StandardView> all(@QueryParam("page") String page, @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        var all = learned.all();
        PageRequest.total(response, all.size());
        return asked.of(all);
    }

    @POST
    @Path("learn")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Learn the standards from tracked deliveries now (also runs on its own every fulfilment.tracking.learn.interval-hours)")
    public LearnedStandards.Result learn() {
        return learned.learn();
    }
}
