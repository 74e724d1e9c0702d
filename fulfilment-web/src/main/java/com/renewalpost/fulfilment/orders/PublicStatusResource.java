package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.Problem;
import com.renewalpost.fulfilment.platform.ProblemException;
import com.renewalpost.fulfilment.platform.RateLimits;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * For customers: where is my order? Needs the order number and the postcode it goes to (or, for
 * destinations without postcodes, the country code), so numbers cannot be tried one after another
 * to learn about other people's orders; answers only the status, and is rate-limited per address.
 */
@Path("public/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicStatusResource {

    public record PublicStatus(String number, String status, OffsetDateTime updatedAt) {
    }

    @Inject
    Orders orders;
    @Inject
    RateLimits rateLimits;
    @Inject
    com.renewalpost.fulfilment.staff.RequestOrigin origin;
    @Context
    HttpServletRequest request;

    @GET
    @Path("{number}")
    @PermitAll
    @Transactional
    @Operation(summary = "The status of an order, for its customer (order number and destination postcode)")
    public PublicStatus status(@PathParam("number") String number, @QueryParam("postcode") String postcode) {
        if (!rateLimits.publicLookup(origin.clientAddress(request))) {
            throw new ProblemException(new Problem("/problems/too-many-requests", "Too Many Requests", 429,
                    "Too many lookups from your address; try again in a minute", java.util.List.of()));
        }
        var unknown = new ProblemException(Problem.of(Response.Status.NOT_FOUND, "unknown-order",
                "No order matches this number and postcode"));
        var order = OrderNumber.parse(number).flatMap(orders::byNumber).orElseThrow(() -> unknown);
        var address = order.address();
        var expected = address.postcode() != null ? address.postcode() : address.countryCode();
        if (postcode == null || !compact(postcode).equals(compact(expected))) {
            throw unknown;
        }
        return new PublicStatus(order.number().value(), order.status().name(), order.updatedAt());
    }

    private static String compact(String postcode) {
        return postcode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
