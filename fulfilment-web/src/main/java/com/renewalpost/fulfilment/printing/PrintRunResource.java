package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.platform.Actor;
import com.renewalpost.fulfilment.orders.UnknownOrderException;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.platform.DateParameter;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.ProblemException;
import com.renewalpost.fulfilment.platform.SecurityHeaders;
import com.renewalpost.fulfilment.platform.StaffLanguage;
import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Print runs over REST: make one, look at it, download its documents, reprint it or one of its items. */
@Path("print-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Print runs")
public class PrintRunResource {

    @Context
    HttpHeaders headers;

    /** A run with the addresses of its documents. */
    public record RunResponse(PrintRuns.RunView run, Map<String, URI> documents) {
    }

    public record ReasonRequest(String reason) {
    }

    public record ReprintResponse(PrintRuns.ReprintView reprint, Map<String, URI> documents) {
    }

    @Inject
    PrintRuns runs;
    @Inject
    PrintRunMaking making;
    @Inject
    Reprints reprints;
    @Inject
    LetterCustody letters;
    @Inject
    PrintRunDocuments documents;
    @Inject
    WarehouseCalendar calendar;
    @Context
    HttpServletResponse response;
    @Context
    SecurityContext security;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "Make and print a run",
            description = "Select with exactly one of orderNumbers (list), next (N most urgent of the queue) or "
                    + "allReady (true). Each order gets its activation code and, for tracked services, an S10 "
                    + "number, and becomes PRINTED; an order without code or tracking number goes ON_HOLD with "
                    + "the reason and the run goes on. Warnings say when S10 ranges run low.")
    public Response create(PrintRunRequest request) {
        long id = making.create(request, Actor.of(security));
        return Response.created(uriInfo.getBaseUriBuilder().path("print-runs").path(Long.toString(id)).build())
                .entity(new RunResponse(runs.view(id, StaffLanguage.of(headers)), documents(id, null))).build();
    }

    @GET
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "The runs of a day (default today), newest first", description = PageRequest.PAGED)
    public List<PrintRuns.RunSummary> onDate(@QueryParam("date") String date, @QueryParam("page") String page,
                                             @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        var day = DateParameter.parse(date, "date", calendar.today());
        PageRequest.total(response, runs.countOnDate(day));
        return runs.onDate(day, asked);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "One run: its ordered lines, reprints, packing mismatches and S10 warnings")
    public RunResponse run(@PathParam("id") long id) {
        return new RunResponse(runs.view(id, StaffLanguage.of(headers)), documents(id, null));
    }

    @GET
    @Path("{id}/documents/{file}")
    @Produces({"application/pdf", "application/zpl", MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "A document of the run, the same bytes on every download",
            description = "letters.pdf, labels.pdf (4x6), labels.zpl, label-sheets.pdf, packing-list.pdf; a PDF with "
                    + "disposition=inline is shown in the browser (for its print dialog) instead of saved. Letters "
                    + "carry activation codes: the warehouse gets them only while the run is being packed (a letter "
                    + "still PRINTED, run made less than fulfilment.print-run.letters-for-packing-hours ago), else "
                    + "403; every letter download is audited. After packing, support and admins use "
                    + "POST .../letters/reveal with a reason.")
    public Response document(@PathParam("id") long id, @PathParam("file") String file,
                             @QueryParam("disposition") String disposition) {
        var kind = kind(file);
        if (kind == DocumentKind.LETTERS) {
            return download(documents.render(letters.forPacking(id, null, Actor.of(security))), disposition);
        }
        return download(runs.document(id, kind), disposition);
    }

    @POST
    @Path("{id}/letters/reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "The letters of a run (activation codes in clear), for a stated reason (audited)",
            description = "Body {\"reason\": \"...\"} (5 to 500 characters); any time, also after packing. "
                    + "The reason goes to the audit log with who, the run and every order number.")
    public Response revealRun(@PathParam("id") long id, ReasonRequest request) {
        return download(documents.render(letters.reveal(id, null, request == null ? null : request.reason(),
                Actor.of(security))));
    }

    @POST
    @Path("{id}/items/{number}/letters/reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "The letter of one item of a run (its activation code in clear), for a stated reason (audited)")
    public Response revealItem(@PathParam("id") long id, @PathParam("number") String number,
                               ReasonRequest request) {
        return download(documents.render(letters.reveal(id, orderNumber(number),
                request == null ? null : request.reason(), Actor.of(security))));
    }

    @POST
    @Path("{id}/reprints")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "Reprint the whole run (same codes), recorded with who and why",
            description = "Allowed while every order of the run is still PRINTED.")
    public Response reprintRun(@PathParam("id") long id, ReasonRequest request) {
        var reprint = reprints.reprintRun(id, request == null ? null : request.reason(), Actor.of(security));
        return Response.status(Response.Status.CREATED).entity(new ReprintResponse(reprint, documents(id, null)))
                .build();
    }

    @POST
    @Path("{id}/items/{number}/reprints")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "Reprint one letter and label (same code), recorded with who and why")
    public Response reprintItem(@PathParam("id") long id, @PathParam("number") String number, ReasonRequest request) {
        var order = orderNumber(number);
        var reprint = reprints.reprintItem(id, order, request == null ? null : request.reason(), Actor.of(security));
        return Response.status(Response.Status.CREATED).entity(new ReprintResponse(reprint, documents(id, order)))
                .build();
    }

    @GET
    @Path("{id}/items/{number}/documents/{file}")
    @Produces({"application/pdf", "application/zpl", MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "A document of one item of the run, for its reprint",
            description = "The letter only while the item is PRINTED (not yet packed) and the run recent; audited.")
    public Response itemDocument(@PathParam("id") long id, @PathParam("number") String number,
                                 @PathParam("file") String file, @QueryParam("disposition") String disposition) {
        var kind = kind(file);
        if (kind == DocumentKind.LETTERS) {
            return download(documents.render(letters.forPacking(id, orderNumber(number), Actor.of(security))), disposition);
        }
        return download(runs.itemDocument(id, orderNumber(number), kind), disposition);
    }

    private Map<String, URI> documents(long id, OrderNumber item) {
        Map<String, URI> links = new LinkedHashMap<>();
        for (var kind : DocumentKind.values()) {
            var uri = uriInfo.getBaseUriBuilder().path("print-runs").path(Long.toString(id));
            if (item != null) {
                uri.path("items").path(item.value());
            }
            links.put(kind.fileName(), uri.path("documents").path(kind.fileName()).build());
        }
        return links;
    }

    private static Response download(PrintRunDocuments.Document document) {
        return download(document, null);
    }

    /**
     * The document as a download, or with {@code disposition=inline} a PDF shown by the browser
     * itself: the print button frames it on the print run page and opens the print dialog, so only
     * this site's pages may frame it.
     */
    private static Response download(PrintRunDocuments.Document document, String disposition) {
        boolean inline = "inline".equals(disposition) && document.mediaType().equals("application/pdf");
        var answer = Response.ok(document.bytes(), document.mediaType())
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\""
                        + document.fileName() + "\"")
                // letters carry activation codes: no copy in any cache
                .header("Cache-Control", "no-store");
        if (inline) {
            answer.header("X-Frame-Options", "SAMEORIGIN")
                    .header("Content-Security-Policy", SecurityHeaders.FRAMED_BY_THIS_SITE);
        }
        return answer.build();
    }

    private static DocumentKind kind(String file) {
        return DocumentKind.byFileName(file).orElseThrow(() -> new ProblemException(
                Response.Status.NOT_FOUND, "unknown-document", Message.of("print.unknownDocument", file)));
    }

    private static OrderNumber orderNumber(String typed) {
        return OrderNumber.parse(typed).orElseThrow(() -> UnknownOrderException.notANumber(typed));
    }
}
