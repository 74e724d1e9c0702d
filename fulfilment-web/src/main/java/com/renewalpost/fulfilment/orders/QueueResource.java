package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

    @GET
    @RolesAllowed({Roles.WAREHOUSE, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "Orders ready to print, most urgent first",
            description = "Sorted by the latest posting date that still arrives before the plan expires; "
                    + "atRisk marks orders that cannot arrive in time even if posted today.")
    public List<PrintQueue.Entry> queue() {
        return queue.entries();
    }
}
