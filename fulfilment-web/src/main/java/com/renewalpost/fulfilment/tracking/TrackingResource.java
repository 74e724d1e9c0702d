package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.platform.Actor;
import com.renewalpost.fulfilment.platform.ImportReport;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.ProblemDetail;
import com.renewalpost.fulfilment.platform.ProblemException;
import com.renewalpost.fulfilment.platform.StaffLanguage;
import com.renewalpost.fulfilment.orders.TrackingNumber;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tracking events in: the carrier's signed webhook (authenticated by its signature, not by a
 * staff role), a carrier's CSV export, and the list of events still waiting for their shipment.
 */
@Path("tracking")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tracking")
public class TrackingResource {

    @Context
    HttpHeaders headers;

    /** The webhook's and each CSV row's answer. */
    public record Received(String outcome, String orderNumber, String shipmentStatus, String orderStatus) {
        static Received of(TrackingEvents.Outcome outcome) {
            if (outcome instanceof TrackingEvents.Applied a) {
                return new Received(a.name(), a.orderNumber(), a.shipmentStatus().name(), a.orderStatus().name());
            }
            return new Received(outcome.name(), null, null, null);
        }
    }

    public record WaitingEvent(long id, String trackingNumber, String status, OffsetDateTime occurredAt,
                               String location, String source, OffsetDateTime receivedAt) implements Serializable {
        static WaitingEvent of(TrackingEvent e) {
            return new WaitingEvent(e.id(), e.trackingNumber().orElse(null), e.status().name(), e.occurredAt(),
                    e.location(), e.source().name(), e.receivedAt());
        }
    }

    public record Reconciled(int trackingNumbers, int eventsAttached) {
    }

    static final String WEBHOOK_ACTOR = "carrier-webhook";

    @Inject
    TrackingEvents events;
    @Inject
    CarrierEventIntake intake;
    @Inject
    TrackingSettings settings;
    @Inject
    Reconciliation reconciliation;
    @Inject
    LostLetters lostLetters;
    @Inject
    Clock clock;
    @Context
    SecurityContext security;
    @Context
    HttpServletResponse response;

    @POST
    @Path("events")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Carrier webhook: one tracking event, signed",
            description = "Header Tracking-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + \".\" + raw body)>. "
                    + "Refused (401) without a valid signature or with a timestamp more than 5 minutes away; 400 when "
                    + "the body is not an event; 503 while no secret is configured. Repeats answer DUPLICATE; an event id "
                    + "received before on the same tracking number with another status or time answers 409 (the "
                    + "first is kept).")
    public Received webhook(@HeaderParam(WebhookSignature.HEADER) String signature, InputStream stream) {
        var verifier = settings.webhookSignature().orElseThrow(() -> new ProblemException(
                Response.Status.SERVICE_UNAVAILABLE, "webhook-not-configured", Message.of("webhook.notConfigured")));
        // the header is judged before a byte of the body is read: an unsigned request costs nothing
        refuseUnless(verifier.checkHeader(signature, clock.instant()));
        byte[] body;
        try {
            // bounded by platform.RequestBodyLimits (fulfilment.body-limit.webhook-bytes)
            body = stream == null ? new byte[0] : stream.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        refuseUnless(verifier.verify(signature, body, clock.instant()));
        var event = parse(body);
        return Received.of(intake.receiveFromWebhook(event, WEBHOOK_ACTOR));
    }

    private static void refuseUnless(WebhookSignature.Verdict verdict) {
        if (verdict != WebhookSignature.Verdict.VALID) {
            throw new ProblemException(Response.Status.UNAUTHORIZED, "invalid-signature",
                    Message.of("webhook.refused", verdict.explanation()));
        }
    }

    @POST
    @Path("import")
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Upload a carrier's tracking export (CSV)",
            description = "Columns tracking_number, status, occurred_at (required), event_id, location, description. "
                    + "Each row in its own transaction; the report gives every row's line and outcome. Rows for "
                    + "unknown tracking numbers are kept and attached when the number appears.")
    public ImportReport importCsv(Reader csv) {
        return intake.importCsv(csv, Actor.of(security)).in(StaffLanguage.of(headers));
    }

    @GET
    @Path("unmatched")
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "Tracking events waiting for a letter with their tracking number, oldest first",
            description = PageRequest.PAGED)
    public List<WaitingEvent> unmatched(@QueryParam("page") String page, @QueryParam("size") String size,
                                        @Parameter(deprecated = true, description = "the size, as before paging")
                                        @QueryParam("max") String max) {
        var asked = PageRequest.of(page, size == null && max != null ? max : size);
        PageRequest.total(response, events.countUnmatched());
        return events.unmatched(asked.first(), asked.size()).stream().map(WaitingEvent::of).toList();
    }

    @POST
    @Path("unmatched/reconcile")
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "Attach waiting events to the letters that now carry their tracking numbers",
            description = "Also runs on its own every fulfilment.tracking.reconcile-interval-minutes.")
    public Reconciled reconcile() {
        var result = reconciliation.run();
        return new Reconciled(result.trackingNumbers(), result.eventsAttached());
    }

    /**
     * One reader factory for every event: {@code Json.createReader} looks the JSON provider up
     * (OSGi and service loaders, scanning jars) on every call, which profiling found to be a tenth of a webhook's CPU.
     */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    /** The webhook body: one event as JSON; every problem is listed. */
    static CarrierEvent parse(byte[] body) {
        JsonObject json;
        try (var reader = READERS.createReader(new ByteArrayInputStream(body == null ? new byte[0] : body))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            throw invalid(List.of(new ProblemDetail.FieldText("body", Message.of("webhook.notObject"))));
        }
        List<ProblemDetail.FieldText> errors = new ArrayList<>();
        var number = TrackingNumber.parse(text(json, "trackingNumber"));
        if (number.isEmpty()) {
            errors.add(new ProblemDetail.FieldText("trackingNumber", Message.of("webhook.notS10")));
        }
        var status = TrackingStatus.parse(text(json, "status"));
        if (status.isEmpty()) {
            errors.add(new ProblemDetail.FieldText("status", Message.of("webhook.status", List.of(TrackingStatus.values()).toString())));
        }
        OffsetDateTime at = TrackingCsv.time(text(json, "occurredAt"));
        if (at == null) {
            errors.add(new ProblemDetail.FieldText("occurredAt", Message.of("webhook.time")));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new CarrierEvent(text(json, "eventId"), number.get(), status.get(), at, text(json, "location"),
                text(json, "description"));
    }

    private static String text(JsonObject json, String field) {
        var value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private static ProblemException invalid(List<ProblemDetail.FieldText> errors) {
        return new ProblemException(ProblemDetail.of(Response.Status.BAD_REQUEST, "invalid-tracking-event",
                Message.of("webhook.notEvent")).withErrors(null, errors));
    }

    @GET
    @Path("lost-proposals")
    @RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "Letters proposed as lost: posted, and nothing heard long after their delivery standard",
            description = "Most silent first. A proposal changes nothing: support records the letter lost "
                    + "(a manual LOST event) and reships it. " + PageRequest.PAGED)
    public List<LostLetters.Proposal> lostProposals(@QueryParam("page") String page, @QueryParam("size") String size) {
        var asked = PageRequest.of(page, size);
        var all = lostLetters.proposals();
        PageRequest.total(response, all.size());
        return asked.of(all);
    }
}
