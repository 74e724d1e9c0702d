package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.staff.AuditAction;
import com.renewalpost.fulfilment.staff.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Support's notes on an order ("customer phoned, letter not arrived, told them to wait a week"):
 * a line on the order's timeline with who wrote it, and an entry in the audit log.
 */
@ApplicationScoped
public class OrderNotes {

    /** What the timeline keeps of one line. */
    static final int MAX_LENGTH = 1000;

    @Inject
    Orders orders;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    @Transactional
    public OrderView.TimelineView add(OrderNumber number, String text, String actor) {
        var note = text == null ? "" : text.strip().replace("\r\n", "\n").replace('\r', '\n');
        Message problem = null;
        if (note.isEmpty()) {
            problem = Message.of("note.empty");
        } else if (note.length() > MAX_LENGTH) {
            problem = Message.of("note.tooLong", MAX_LENGTH);
        } else if (note.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            problem = Message.of("note.control");
        }
        if (problem != null) {
            throw DomainException.invalid("invalid-request",
                    Message.of("note.cannotAdd")).withErrors(null, List.of(new DomainException.FieldError("text", problem)));
        }
        var order = orders.byNumberForUpdate(number).orElseThrow(() -> UnknownOrderException.of(number));
        var now = Clocks.now(clock);
        order.record(TimelineEntry.Kind.NOTE, actor, note, now);
        audit.record(actor, AuditAction.ORDER_NOTE, number.value(), note);
        var timeline = order.timeline();
        // a person's note reads the same in every language
        return OrderView.TimelineView.of(timeline.get(timeline.size() - 1), Locale.ENGLISH);
    }
}
