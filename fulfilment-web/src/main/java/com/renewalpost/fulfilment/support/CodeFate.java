package com.renewalpost.fulfilment.support;

import com.renewalpost.fulfilment.orders.OrderStatus;

/** What becomes of an order's activation code when support cancels the order before posting. */
public enum CodeFate {
    /** The order held no code. */
    NONE,
    /** Nobody outside saw it: back to stock for another order. */
    RETURNED,
    /** Printed in a letter, emailed, shown or promised: exposed, so never given to anyone else. */
    VOIDED;

    /**
     * The rule: a code allocated but never printed goes back to stock, unless it was seen some other
     * way (a code email sent or queued, shown to support, moved from a lost letter); a printed one
     * (PRINTED or PACKED: the letter exists) is voided.
     *
     * @param cancelledFrom the status the order had before it was cancelled
     */
    public static CodeFate onCancel(boolean holdsCode, OrderStatus cancelledFrom, boolean seenOtherwise) {
        if (!holdsCode) {
            return NONE;
        }
        return cancelledFrom.isBeforePrinting() && !seenOtherwise ? RETURNED : VOIDED;
    }
}
