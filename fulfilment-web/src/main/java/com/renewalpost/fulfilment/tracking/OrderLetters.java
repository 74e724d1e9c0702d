package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.orders.UnknownOrderException;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.shipping.Shipments;
import com.renewalpost.fulfilment.orders.TrackingNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An order's letter(s) as support reads them: the derived status and every event by event time. */
@ApplicationScoped
public class OrderLetters {

    public record EventView(String status, OffsetDateTime occurredAt, String location, String description,
                            String source, String recordedBy, String reason) implements Serializable {
        static EventView of(TrackingEvent e) {
            return new EventView(e.status().name(), e.occurredAt(), e.location(), e.description(), e.source().name(),
                    e.recordedBy(), e.reason());
        }
    }

    public record LetterView(String trackingNumber, LocalDate postedOn, String status, OffsetDateTime statusAt,
                             List<EventView> events) implements Serializable {
    }

    public record OrderTracking(String orderNumber, String orderStatus, List<LetterView> letters)
            implements Serializable {
    }

    @Inject
    TrackingEvents events;
    @Inject
    Orders orders;
    @Inject
    Shipments shipments;

    @Transactional
    public OrderTracking of(OrderNumber number) {
        var order = orders.byNumber(number).orElseThrow(() -> UnknownOrderException.of(number));
        var letters = shipments.allOfOrder(order).stream().map(s -> {
            var derived = events.trackingOf(s.id());
            return new LetterView(s.trackingNumber().map(TrackingNumber::value).orElse(null),
                    s.postedOn().orElse(null), derived.map(t -> t.status().name()).orElse(null),
                    derived.map(ShipmentTracking::statusAt).orElse(null),
                    events.eventsOf(s.id()).stream().map(EventView::of).toList());
        }).toList();
        return new OrderTracking(order.number().value(), order.status().name(), letters);
    }
}
