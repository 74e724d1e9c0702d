package com.renewalpost.fulfilment.packing;

import com.renewalpost.fulfilment.platform.Actor;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.ProblemException;
import com.renewalpost.fulfilment.platform.StaffLanguage;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/** Packing stations over REST: scans, the station's state, pre-printed tracking labels, and the record. */
@Path("packing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Packing")
public class PackingResource {

    @Context
    HttpHeaders headers;

    public record ScanRequest(String code) {
    }

    public record TrackingLabelRequest(String orderNumber, String trackingNumber) {
    }

    @Inject
    Packing packing;
    @Inject
    PackingEvents events;
    @Context
    HttpServletResponse response;
    @Context
    SecurityContext security;

    @POST
    @Path("stations/{station}/scans")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "One scan at a packing station: the letter's order barcode, then the label's barcode",
            description = "When both belong to the same order, it becomes PACKED. A label of another order is "
                    + "refused (409 scan-mismatch), recorded, and the station starts again with a letter; a "
                    + "barcode whose check character fails is refused (422 misread-scan); a letter already packed "
                    + "(409 already-packed) or not printed (409 not-printed) is refused.")
    public Packing.ScanResult scan(@PathParam("station") String station, ScanRequest request) {
        return packing.scan(station, request == null ? null : request.code(), Actor.of(security)).in(StaffLanguage.of(headers));
    }

    @GET
    @Path("stations/{station}")
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "What the station waits for, and its counts of packed, mismatched, misread and refused scans")
    public Packing.StationView station(@PathParam("station") String station) {
        return packing.view(station);
    }

    @DELETE
    @Path("stations/{station}/pending")
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "Forget the letter the station is waiting to pair")
    public Packing.StationView clear(@PathParam("station") String station) {
        return packing.clear(station);
    }

    @POST
    @Path("stations/{station}/tracking-labels")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WAREHOUSE)
    @Operation(summary = "Attach a tracking label pre-printed by the post office to an order",
            description = "The S10 number must be valid, of the order's service, and unused in the reuse period.")
    public Packing.AttachResult attach(@PathParam("station") String station, TrackingLabelRequest request) {
        if (request == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "unreadable-body", Message.of("packing.sendLabel"));
        }
        return packing.attachPrePrinted(station, request.orderNumber(), request.trackingNumber(), Actor.of(security));
    }

    @GET
    @Path("events")
    @RolesAllowed({Roles.WAREHOUSE, Roles.ADMIN})
    @Operation(summary = "What happened at the stations, newest first, by run, station and kind "
            + "(PACKED, MISMATCH, MISREAD, REFUSED)", description = PageRequest.PAGED)
    public List<PackingEvents.EventView> events(@QueryParam("run") Long run, @QueryParam("station") String station,
                                                @QueryParam("kind") String kind,
                                                @QueryParam("page") String page, @QueryParam("size") String size,
                                                @Parameter(deprecated = true, description = "the size, as before paging")
                                                @QueryParam("limit") String limit) {
        var asked = PageRequest.of(page, size == null && limit != null ? limit : size);
        PackingEvent.Kind parsed = null;
        if (kind != null && !kind.isBlank()) {
            try {
                parsed = PackingEvent.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-kind",
                        Message.of("packing.kindOneOf", List.of(PackingEvent.Kind.values()).toString()));
            }
        }
        // the station as kept ("table  3 " is "table 3"); a name no station can have finds nothing
        var at = station == null ? null : StationName.parse(station).map(StationName::value).orElse(station);
        PageRequest.total(response, events.count(run, at, parsed));
        return events.find(run, at, parsed, asked);
    }
}
