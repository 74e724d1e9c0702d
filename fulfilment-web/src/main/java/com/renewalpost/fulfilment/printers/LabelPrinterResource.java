package com.renewalpost.fulfilment.printers;

import com.renewalpost.fulfilment.platform.Actor;
import com.renewalpost.fulfilment.platform.StaffLanguage;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Admin: the label printers on the network, which one each packing station prints on, and a test label. */
@Path("admin/printers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Admin")
public class LabelPrinterResource {

    /** The body choosing a station's printer; a null printerId takes the station's printer away. */
    public record StationChoice(Long printerId) {
    }

    /** What was sent to a printer, in the reader's language. */
    public record SentView(String printer, String address, String station, long bytes, String message) {
        static SentView of(LabelPrinting.Sent sent, HttpHeaders headers) {
            return new SentView(sent.printer(), sent.address(), sent.station(), sent.bytes(),
                    sent.message().in(StaffLanguage.of(headers)));
        }
    }

    @Inject
    LabelPrinters printers;
    @Inject
    LabelPrinting printing;
    @Context
    HttpHeaders headers;
    @Context
    SecurityContext security;
    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Every label printer, with the packing stations that print on it")
    public List<LabelPrinters.PrinterView> all() {
        return printers.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a label printer: name, host (DNS name or IP address) and port (1 to 65535, usually 9100)",
            description = "Every invalid field in one 400 problem; a name already used answers 409. Audited.")
    public Response create(PrinterDetails details) {
        var created = printers.create(details, Actor.of(security));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One label printer")
    public LabelPrinters.PrinterView one(@PathParam("id") long id) {
        return printers.view(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a label printer's name, host or port (audited)")
    public LabelPrinters.PrinterView change(@PathParam("id") long id, PrinterDetails details) {
        return printers.change(id, details, Actor.of(security));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a label printer no packing station prints on (audited)")
    public Response remove(@PathParam("id") long id) {
        printers.remove(id, Actor.of(security));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/test-print")
    @Operation(summary = "Send a small test label (ZPL) to the printer",
            description = "502 when the printer cannot be reached (unknown host, connection refused, network), 504 "
                    + "when it does not answer or stops taking the label within the configured timeouts.")
    public SentView testPrint(@PathParam("id") long id) {
        return SentView.of(printing.testPrint(id), headers);
    }

    @GET
    @Path("stations")
    @Operation(summary = "The packing stations that have a label printer, and which")
    public List<LabelPrinters.StationView> stations() {
        return printers.stations();
    }

    @PUT
    @Path("stations/{station}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the label printer of a packing station ({\"printerId\": n}, or null for none); audited")
    public Response choose(@PathParam("station") String station, StationChoice choice) {
        var chosen = printers.choose(station, choice == null ? null : choice.printerId(), Actor.of(security));
        return chosen.<Response>map(c -> Response.ok(c).build()).orElseGet(() -> Response.noContent().build());
    }
}
