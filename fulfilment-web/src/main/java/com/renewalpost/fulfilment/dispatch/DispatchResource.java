package com.renewalpost.fulfilment.dispatch;

import com.renewalpost.fulfilment.platform.Actor;
import com.renewalpost.fulfilment.orders.UnknownOrderException;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.platform.DateParameter;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Dispatches over REST: open, scan packed items in, see postage, close, and the manifest. */
@Path("dispatches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dispatch")
public class DispatchResource {

    public record ScanRequest(String code) {
    }

    @Inject
    Dispatches dispatches;
    @Inject
    Manifests manifests;
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
    @Operation(summary = "Open a dispatch for today",
            description = "postOffice defaults to fulfilment.dispatch.post-office.")
    public Response open(Dispatches.OpenRequest request) {
        var view = dispatches.open(request, Actor.of(security));
        return Response.created(uriInfo.getBaseUriBuilder().path("dispatches").path(Long.toString(view.id())).build())
                .entity(view).build();
    }

    @GET
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "The dispatches of a posting date (default today)", description = PageRequest.PAGED)
    public List<Dispatches.DispatchView> onDate(@QueryParam("date") String date, @QueryParam("page") String page,
                                                @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        var day = DateParameter.parse(date, "date", calendar.today());
        PageRequest.total(response, dispatches.countOnDate(day));
        return dispatches.onDate(day, asked);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "A dispatch with its items and postage totals (per currency and per service)")
    public Dispatches.DispatchView dispatch(@PathParam("id") long id) {
        return dispatches.view(id);
    }

    @POST
    @Path("{id}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "Add a packed item by scanning its order or tracking number",
            description = "Priced from the tariff in force on the posting date. Refused for items not PACKED, "
                    + "already in a dispatch, tracked without a tracking number, or when the dispatch is closed.")
    public Response add(@PathParam("id") long id, ScanRequest request) {
        var item = dispatches.add(id, request == null ? null : request.code(), Actor.of(security));
        return Response.status(Response.Status.CREATED).entity(item).build();
    }

    @DELETE
    @Path("{id}/items/{number}")
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "Take an item out of an open dispatch")
    public Dispatches.DispatchView remove(@PathParam("id") long id, @PathParam("number") String number) {
        return dispatches.remove(id, orderNumber(number));
    }

    @PUT
    @Path("{id}/items/{number}/postage")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "Set an item's postage by hand, with the reason (kept when the dispatch closes)")
    public Dispatches.ItemView overridePostage(@PathParam("id") long id, @PathParam("number") String number,
                                               Dispatches.PostageOverride request) {
        return dispatches.overridePostage(id, orderNumber(number), request, Actor.of(security));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "Close the dispatch: every item POSTED with the posting date and its postage",
            description = "A closed dispatch never changes; closing twice is refused (409 dispatch-closed).")
    public Dispatches.DispatchView close(@PathParam("id") long id) {
        return dispatches.close(id, Actor.of(security));
    }

    @GET
    @Path("{id}/manifest.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "The posting manifest of a closed dispatch, to be signed by the post office clerk")
    public Response manifestPdf(@PathParam("id") long id) {
        return Response.ok(manifests.pdf(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"manifest-" + id + ".pdf\"").build();
    }

    @GET
    @Path("{id}/manifest.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "The posting manifest of a closed dispatch as CSV")
    public Response manifestCsv(@PathParam("id") long id) {
        return Response.ok(manifests.csv(id), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"manifest-" + id + ".csv\"").build();
    }

    private static OrderNumber orderNumber(String typed) {
        return OrderNumber.parse(typed).orElseThrow(() -> UnknownOrderException.notANumber(typed));
    }
}
