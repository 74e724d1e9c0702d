package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.Problem;
import com.renewalpost.fulfilment.staff.RequestOrigin;
import com.renewalpost.fulfilment.platform.RetryAfter;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;

/**
 * For customers: where is my order? Needs the order number and the postcode it goes to (or, for
 * destinations without postcodes, the last four digits of the renewed line), checked by
 * {@link PublicLookup}, so numbers cannot be tried one after another to learn about other people's
 * orders; answers only the status, and is rate-limited per address.
 */
@Path("public/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicStatusResource {

    public record PublicStatus(String number, String status, OffsetDateTime updatedAt) {
    }

    @Inject
    PublicLookup lookup;
    @Inject
    RequestOrigin origin;
    @Context
    HttpServletRequest request;

    @GET
    @Path("{number}")
    @PermitAll
    @Operation(summary = "The status of an order, for its customer (order number and destination postcode)",
            description = "postcode: the destination's postcode; where the destination has no postcodes, the last "
                    + "four digits of the renewed line (ICCID or phone number), which may also be given as line. "
                    + "429 with Retry-After (whole seconds, rounded up) when an address looks up too often.")
    @APIResponse(responseCode = "200", description = "The order's status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicStatus.class)))
    public Response status(@PathParam("number") String number, @QueryParam("postcode") String postcode,
                           @QueryParam("line") String line) {
        var answer = lookup.lookUp(origin.clientAddress(request), number, postcode, line,
                found -> new PublicStatus(found.number().value(), found.status().name(), found.updatedAt()));
        if (answer instanceof PublicLookup.TooOften<PublicStatus> tooOften) {
            return Response.fromResponse(new Problem("/problems/too-many-requests", "Too Many Requests", 429,
                            "Too many lookups from your address; try again shortly", java.util.List.of())
                            .toResponse())
                    .header("Retry-After", RetryAfter.seconds(tooOften.retryAfter())).build();
        }
        if (!(answer instanceof PublicLookup.Found<PublicStatus> found)) {
            return Problem.of(Response.Status.NOT_FOUND, "unknown-order",
                    "No order matches this number and postcode").toResponse();
        }
        return Response.ok(found.view()).header("Cache-Control", "no-store").build();
    }

}
