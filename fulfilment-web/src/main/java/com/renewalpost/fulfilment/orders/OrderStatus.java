package com.renewalpost.fulfilment.orders;

import java.util.EnumSet;
import java.util.Set;

/**
 * The order's life, exactly as the product design draws it (docs/architecture.md, "The order's
 * life"). This enum is the one place that knows which transitions are legal;
 * {@link Order#transition} refuses every other one.
 */
public enum OrderStatus {
    RECEIVED, QUEUED, ON_HOLD, PRINTED, PACKED, POSTED, DELIVERED, RETURNED, LOST, CANCELLED;

    public Set<OrderStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(QUEUED, ON_HOLD, CANCELLED);
            case QUEUED -> EnumSet.of(PRINTED, ON_HOLD, CANCELLED);
            case ON_HOLD -> EnumSet.of(QUEUED, CANCELLED);
            case PRINTED -> EnumSet.of(PACKED, CANCELLED);
            case PACKED -> EnumSet.of(POSTED, CANCELLED);
            case POSTED -> EnumSet.of(DELIVERED, RETURNED, LOST);
            // a letter given up for lost may still turn up, or come back to the sender
            case LOST -> EnumSet.of(DELIVERED, RETURNED);
            case DELIVERED, RETURNED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canBecome(OrderStatus target) {
        return next().contains(target);
    }

    /**
     * Before printing: nothing with the address or the product on it exists yet, so support may still
     * change them. (A printed order can only go on to be packed or be cancelled.)
     */
    public boolean isBeforePrinting() {
        return this == RECEIVED || this == QUEUED || this == ON_HOLD;
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
