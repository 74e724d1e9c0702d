package com.renewalpost.fulfilment.shipping;

import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("s10-ranges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Shipping")
public class S10RangeResource {

    @Inject
    TrackingNumbers trackingNumbers;
    @Context
    HttpServletResponse response;

    @GET
    @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
    @Operation(summary = "The configured S10 ranges with the numbers left",
            description = "low is true when the ranges of that service have fulfilment.s10.low-warning numbers "
                    + "or fewer left, well before they run out. " + PageRequest.PAGED)
    public List<TrackingNumbers.RangeLevel> ranges(@QueryParam("page") String page, @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        var all = trackingNumbers.levels();
        PageRequest.total(response, all.size());
        return asked.of(all);
    }
}
