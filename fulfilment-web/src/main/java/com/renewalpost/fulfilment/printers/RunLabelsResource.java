package com.renewalpost.fulfilment.printers;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A print run's labels sent straight to a packing station's label printer. */
@Path("print-runs/{id}/labels/print")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Print runs")
public class RunLabelsResource {

    public record PrintRequest(String station) {
    }

    @Inject
    LabelPrinting printing;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "Send the run's labels (labels.zpl) to the label printer of a packing station",
            description = "Body {\"station\": \"...\"}. 409 when the station has no label printer; 502 when the "
                    + "printer cannot be reached, 504 when it does not answer or stops taking the job in time.")
    public LabelPrinterResource.SentView print(@PathParam("id") long id, PrintRequest request) {
        return LabelPrinterResource.SentView.of(printing.sendRunLabels(id, request == null ? null : request.station()),
                headers);
    }
}
