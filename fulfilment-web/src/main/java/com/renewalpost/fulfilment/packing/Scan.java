package com.renewalpost.fulfilment.packing;

import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.orders.TrackingNumber;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a barcode scanner read: one of our order numbers, an S10 tracking number, something with
 * the shape of one of those whose check character fails (a misread, never matched to anybody's
 * order), or something else entirely.
 */
public sealed interface Scan permits Scan.OfOrder, Scan.OfTracking, Scan.Misread, Scan.Unrecognised {

    Pattern ORDER_SHAPE = Pattern.compile("RP-?[0-9A-Z]{9}");

    String text();

    record OfOrder(String text, OrderNumber number) implements Scan {
    }

    record OfTracking(String text, TrackingNumber number) implements Scan {
    }

    record Misread(String text, Message reason) implements Scan {
    }

    record Unrecognised(String text) implements Scan {
    }

    static Scan of(String raw) {
        var text = raw == null ? "" : raw.strip();
        var order = OrderNumber.parse(text);
        if (order.isPresent()) {
            return new OfOrder(text, order.get());
        }
        var tracking = TrackingNumber.parse(text);
        if (tracking.isPresent()) {
            return new OfTracking(text, tracking.get());
        }
        var compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
        if (ORDER_SHAPE.matcher(compact).matches()) {
            return new Misread(text, Message.of("scan.misread.order", text));
        }
        if (TrackingNumber.hasS10Shape(text)) {
            return new Misread(text, Message.of("scan.misread.tracking", text));
        }
        return new Unrecognised(text);
    }

    /** Whether a label scan belongs with the letter of an order. */
    sealed interface Verdict permits Match, Mismatch, Unreadable {
    }

    record Match() implements Verdict {
    }

    /** The label is another order's ({@code labelOrder}), or a tracking number nobody holds (null). */
    record Mismatch(OrderNumber labelOrder, Message reason) implements Verdict {
    }

    record Unreadable(Message reason) implements Verdict {
    }

    /**
     * Checks the label scanned after the letter of {@code letter}. A label carries the order
     * number and, when tracked, the tracking number; either may be scanned.
     *
     * @param holderOf the order currently holding a tracking number, if any
     */
    static Verdict check(OrderNumber letter, Scan label, Function<TrackingNumber, Optional<OrderNumber>> holderOf) {
        if (label instanceof Misread misread) {
            return new Unreadable(misread.reason());
        }
        if (label instanceof Unrecognised unrecognised) {
            return new Unreadable(Message.of("scan.neither", unrecognised.text()));
        }
        if (label instanceof OfOrder ofOrder) {
            return ofOrder.number().equals(letter) ? new Match()
                    : new Mismatch(ofOrder.number(), Message.of("scan.mismatch.order", letter, ofOrder.number()));
        }
        var tracking = ((OfTracking) label).number();
        var holder = holderOf.apply(tracking);
        if (holder.isEmpty()) {
            return new Mismatch(null, Message.of("scan.mismatch.noHolder", tracking, letter));
        }
        return holder.get().equals(letter) ? new Match()
                : new Mismatch(holder.get(), Message.of("scan.mismatch.tracking", letter, tracking, holder.get()));
    }
}
