package com.renewalpost.fulfilment.orders;

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

@Path("queue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Queue")
public class QueueResource {

    @Inject
    PrintQueue queue;
    @Context
    HttpServletResponse response;

    @GET
    @RolesAllowed({Roles.WAREHOUSE, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "Orders ready to print, most urgent first, one page at a time",
            description = "Sorted by the latest posting date that still arrives before the plan expires; "
                    + "atRisk marks orders that cannot arrive in time even if posted today. "
                    + "page from 0, size 1-" + PageRequest.MAX_SIZE + " (default " + PageRequest.DEFAULT_SIZE
                    + "); the header " + PageRequest.TOTAL_HEADER + " counts every queued order.")
    public List<PrintQueue.Entry> queue(@QueryParam("page") String page, @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        PageRequest.total(response, queue.count());
        return queue.entries(asked.first(), asked.size());
    }
}
