package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.orders.PublicLookup;
import com.renewalpost.fulfilment.platform.Problem;
import com.renewalpost.fulfilment.platform.RetryAfter;
import com.renewalpost.fulfilment.staff.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * For customers: the public tracking of one order, given its number and the postcode it goes to
 * (or, for destinations without postcodes, the last four digits of the renewed line: see
 * {@link PublicLookup}). Status, a timeline of normalised steps, each once (no names, no address,
 * no code, no staff notes: {@link CustomerJourney}), the expected delivery window while the letter
 * is on its way, whether and when the code was emailed, and the replacement order, if any. An
 * unknown order and a wrong postcode get the same answer after the same work. Rate-limited per
 * client address. Language-neutral (codes and ISO dates): the page that shows it gets its texts
 * from {@code texts}, in the reader's language, and writes dates in the reader's locale.
 */
@Path("public/track")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicTrackingResource {

    /**
     * The page's texts in one language.
     *
     * @param language the language's tag: {@code en}, {@code zh-Hans}, {@code zh-Hant}, {@code ja}, {@code es}
     */
    public record PageTexts(String language, Map<String, String> texts) {
    }

    @Inject
    CustomerTracking tracking;
    @Inject
    RequestOrigin origin;
    @Context
    HttpServletRequest request;

    @GET
    @PermitAll
    @Operation(summary = "Where is my card? Public tracking of an order (order number and destination postcode)",
            description = "postcode: the destination's postcode; where the destination has no postcodes, the last "
                    + "four digits of the renewed line (ICCID or phone number), which may also be given as line. "
                    + "429 with Retry-After (whole seconds, rounded up) when an address looks up too often.")
    public Response track(@QueryParam("order") String number, @QueryParam("postcode") String postcode,
                          @QueryParam("line") String line) {
        var answer = tracking.track(origin.clientAddress(request), number, postcode, line);
        if (answer instanceof PublicLookup.TooOften<PublicTracking> tooOften) {
            return Response.fromResponse(new Problem("/problems/too-many-requests", "Too Many Requests", 429,
                            "Too many lookups from your address; try again shortly", List.of()).toResponse())
                    .header("Retry-After", RetryAfter.seconds(tooOften.retryAfter())).build();
        }
        if (!(answer instanceof PublicLookup.Found<PublicTracking> found)) {
            return Problem.of(Response.Status.NOT_FOUND, "unknown-order",
                    "No order matches this number and postcode").toResponse();
        }
        return Response.ok(found.view()).header("Cache-Control", "no-store").build();
    }

    /**
     * The tracking page's texts in the reader's language: the one named by {@code lang} when the
     * page is written in it, else the best of Accept-Language, else English. The page formats
     * dates itself, in the reader's locale.
     */
    @GET
    @Path("texts")
    @PermitAll
    @Operation(summary = "The customers' tracking page's texts in the reader's language",
            description = "lang: en, zh-Hans, zh-Hant, ja or es (other tags of these languages are understood: "
                    + "zh-TW is zh-Hant); without it, Accept-Language decides, and English is the default.")
    public Response texts(@QueryParam("lang") String lang) {
        var language = ReaderLanguage.negotiate(lang, request.getHeader("Accept-Language"));
        return Response.ok(new PageTexts(language.tag(), language.texts()))
                .header("Content-Language", language.tag()).header("Vary", "Accept-Language").build();
    }
}
