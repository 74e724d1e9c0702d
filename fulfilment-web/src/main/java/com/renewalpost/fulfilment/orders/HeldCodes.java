package com.renewalpost.fulfilment.orders;

import java.util.Optional;

/**
 * The activation code an order holds, as the order's views need it. Declared here and implemented by
 * the code stock (the codes component), so that orders does not depend on codes, which builds on orders.
 */
public interface HeldCodes {

    /** The order's code in plain text, if it holds one. */
    Optional<String> plainCodeOf(Order order);
}
