package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.ImportReport;
import com.renewalpost.fulfilment.platform.ImportResult;
import com.renewalpost.fulfilment.platform.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Carrier events in, each once: the webhook's event and the rows of a carrier's CSV export (the
 * REST upload and the support page's upload share this), each row in its own transaction.
 */
@ApplicationScoped
public class CarrierEventIntake {

    private static final Logger LOG = Logger.getLogger(CarrierEventIntake.class.getName());

    @Inject
    TrackingEvents events;

    /**
     * Takes one event in; when it fails because a concurrent twin was stored first (unique key,
     * lock wait), the event is a duplicate, or a conflict if the twin says something else. Any
     * other failure stands, so the sender tries again. A conflict is logged (status and times only).
     */
    public TrackingEvents.Outcome receiveOnce(CarrierEvent event, EventSource source, String actor) {
        TrackingEvents.Outcome outcome;
        try {
            outcome = events.receive(event, source, actor);
        } catch (DomainException problem) {
            throw problem;
        } catch (RuntimeException failed) {
            outcome = events.whenStored(event).orElseThrow(() -> new DomainException(
                    DomainException.Kind.UNAVAILABLE, "try-again", Message.of("tracking.tryAgain")));
        }
        if (outcome instanceof TrackingEvents.Conflict conflict) {
            LOG.warning(() -> "Tracking event refused (" + source + "): " + conflict.explanation());
        }
        return outcome;
    }

    /**
     * The webhook's event: as {@link #receiveOnce}, but a conflict is refused with 409, so that the
     * carrier learns that its second version of an event was not taken.
     */
    public TrackingEvents.Outcome receiveFromWebhook(CarrierEvent event, String actor) {
        var outcome = receiveOnce(event, EventSource.WEBHOOK, actor);
        if (outcome instanceof TrackingEvents.Conflict conflict) {
            throw DomainException.conflict("tracking-event-conflict",
                    Message.of("tracking.notTaken", conflict.explanation()));
        }
        return outcome;
    }

    /** A carrier's CSV export: every row's line and outcome; a file that is not such CSV is a 400 problem. */
    public ImportResult importCsv(Reader csv, String actor) {
        List<TrackingCsv.Row> rows;
        try {
            rows = TrackingCsv.parse(csv);
        } catch (TrackingCsv.UnreadableFile unreadable) {
            throw DomainException.invalid("invalid-csv", unreadable.text());
        }
        List<ImportResult.Row> report = new ArrayList<>();
        for (var row : rows) {
            if (row.event() == null) {
                report.add(new ImportResult.Row(row.line(), ImportReport.Outcome.REJECTED, row.trackingNumber(),
                        row.problems()));
                continue;
            }
            TrackingEvents.Outcome outcome;
            try {
                outcome = receiveOnce(row.event(), EventSource.CSV, actor);
            } catch (EventInTheFuture future) {
                report.add(new ImportResult.Row(row.line(), ImportReport.Outcome.REJECTED, row.trackingNumber(),
                        List.of(future.detail())));
                continue;
            }
            if (outcome instanceof TrackingEvents.Conflict conflict) {
                report.add(new ImportResult.Row(row.line(), ImportReport.Outcome.REJECTED, row.trackingNumber(),
                        List.of(Message.of("tracking.import.conflict", conflict.explanation()))));
            } else if (outcome instanceof TrackingEvents.Duplicate) {
                report.add(new ImportResult.Row(row.line(), ImportReport.Outcome.ALREADY_PRESENT, row.trackingNumber(),
                        List.of(Message.of("tracking.import.duplicate"))));
            } else if (outcome instanceof TrackingEvents.Unmatched) {
                report.add(new ImportResult.Row(row.line(), ImportReport.Outcome.IMPORTED, row.trackingNumber(),
                        List.of(Message.of("tracking.import.unmatched"))));
            } else {
                var applied = (TrackingEvents.Applied) outcome;
                report.add(new ImportResult.Row(row.line(), ImportReport.Outcome.IMPORTED, row.trackingNumber(),
                        List.of(Message.of("tracking.import.applied", applied.orderNumber(), applied.shipmentStatus(),
                                applied.orderStatus()))));
            }
        }
        return new ImportResult(report);
    }
}
