package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.notifications.OutboxEmail;
import com.renewalpost.fulfilment.orders.LookupFactor;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.orders.TimelineEntry;
import com.renewalpost.fulfilment.platform.Problem;
import com.renewalpost.fulfilment.platform.RateLimits;
import com.renewalpost.fulfilment.platform.RetryAfter;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.shipping.Shipments;
import com.renewalpost.fulfilment.orders.TrackingNumber;
import com.renewalpost.fulfilment.tracking.CustomerJourney.Step;
import com.renewalpost.fulfilment.tracking.CustomerJourney.Window;
import com.renewalpost.fulfilment.staff.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For customers: the public tracking of one order, given its number and the postcode it goes to
 * (or, for destinations without postcodes, the last four digits of the renewed line: see
 * {@link LookupFactor}). Status, a timeline of normalised steps, each once (no names, no address,
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
     * @param expectedDelivery when the letter should arrive; only while it is on its way
     * @param carrierUrl the destination post's tracking page for the letter, where one is configured
     * @param replacedBy the order that sent the card again, when this order's letter was lost or returned
     * @param replaces the order whose lost or returned letter this order sends again
     * @param timeline the order's and its letter's steps, oldest first, each once
     */
    public record PublicTracking(String order, String status, String letterStatus, LocalDate postedOn,
                                 Window expectedDelivery, boolean codeEmailed, OffsetDateTime codeEmailedAt,
                                 String trackingNumber, String carrierUrl, String replacedBy, String replaces,
                                 List<Step> timeline) {
    }

    /**
     * The page's texts in one language.
     *
     * @param language the language's tag: {@code en}, {@code zh-Hans}, {@code zh-Hant}, {@code ja}, {@code es}
     */
    public record PageTexts(String language, Map<String, String> texts) {
    }

    @Inject
    Orders orders;
    @Inject
    Shipments shipments;
    @Inject
    TrackingEvents events;
    @Inject
    DeliveryStandards standards;
    @Inject
    TrackingSettings settings;
    @Inject
    Reships reships;
    @Inject
    RateLimits rateLimits;
    @Inject
    RequestOrigin origin;
    @PersistenceContext
    EntityManager em;
    @Context
    HttpServletRequest request;

    @GET
    @PermitAll
    @Transactional
    @Operation(summary = "Where is my card? Public tracking of an order (order number and destination postcode)",
            description = "postcode: the destination's postcode; where the destination has no postcodes, the last "
                    + "four digits of the renewed line (ICCID or phone number), which may also be given as line. "
                    + "429 with Retry-After (whole seconds, rounded up) when an address looks up too often.")
    public Response track(@QueryParam("order") String number, @QueryParam("postcode") String postcode,
                          @QueryParam("line") String line) {
        var wait = rateLimits.publicLookupWait(origin.clientAddress(request));
        if (!wait.isZero()) {
            return Response.fromResponse(new Problem("/problems/too-many-requests", "Too Many Requests", 429,
                            "Too many lookups from your address; try again shortly", List.of()).toResponse())
                    .header("Retry-After", RetryAfter.seconds(wait)).build();
        }
        Optional<Order> order = OrderNumber.parse(number == null ? "" : number).flatMap(orders::byNumber);
        if (!LookupFactor.matches(order, postcode != null && !postcode.isBlank() ? postcode : line)) {
            return Problem.of(Response.Status.NOT_FOUND, "unknown-order",
                    "No order matches this number and postcode").toResponse();
        }
        return Response.ok(view(order.get())).header("Cache-Control", "no-store").build();
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

    private PublicTracking view(Order order) {
        List<CustomerJourney.OrderStep> orderSteps = new ArrayList<>();
        for (var t : order.timeline()) {
            if (t.kind() == TimelineEntry.Kind.TRANSITION) {
                orderSteps.add(new CustomerJourney.OrderStep(t.toStatus(), t.occurredAt()));
            }
        }
        List<CustomerJourney.LetterStep> letterSteps = new ArrayList<>();
        var shipment = shipments.ofOrder(order);
        TrackingStatus letterStatus = null;
        String trackingNumber = null;
        String carrierUrl = null;
        LocalDate postedOn = null;
        Window window = null;
        if (shipment.isPresent()) {
            var s = shipment.get();
            for (var e : events.eventsOf(s.id())) {
                letterSteps.add(new CustomerJourney.LetterStep(e.status(), e.occurredAt()));
            }
            letterStatus = events.trackingOf(s.id()).map(ShipmentTracking::status).orElse(null);
            trackingNumber = s.trackingNumber().map(TrackingNumber::value).orElse(null);
            carrierUrl = s.trackingNumber().flatMap(n -> settings.carrierPage(order.address().countryCode(), n.value()))
                    .map(Object::toString).orElse(null);
            postedOn = s.postedOn().orElse(null);
            if (postedOn != null) {
                window = CustomerJourney.expectedArrival(order.status(), letterStatus, postedOn,
                        standards.transitDays(order.address().countryCode(), order.postalService())).orElse(null);
            }
        }
        var emailed = em.createQuery("SELECT e FROM OutboxEmail e WHERE e.order = :o AND e.status = :sent "
                        + "ORDER BY e.settledAt", OutboxEmail.class)
                .setParameter("o", order).setParameter("sent", OutboxEmail.Status.SENT)
                .getResultStream().filter(e -> e.template().carriesCode()).findFirst();
        return new PublicTracking(order.number().value(), order.status().name(),
                letterStatus == null ? null : letterStatus.name(), postedOn, window,
                emailed.isPresent(), emailed.flatMap(OutboxEmail::settledAt)
                        .map(t -> t.withOffsetSameInstant(ZoneOffset.UTC)).orElse(null),
                trackingNumber, carrierUrl, reships.replacementOf(order).orElse(null),
                reships.originalOf(order).orElse(null),
                CustomerJourney.steps(orderSteps, letterSteps));
    }

}
