package com.renewalpost.fulfilment.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a letter costs to post by each service, as the queue needs it to say what a faster service costs. Declared
 * here and answered by the postage tariff (the postage component), so that orders does not depend on postage, which
 * builds on orders.
 */
public interface ServicePostage {

    /** The prices in force on a day, read once for a page of the queue. */
    Prices on(LocalDate day);

    /** Prices of one day. */
    @FunctionalInterface
    interface Prices {
        /** What one letter of this weight costs by this service to this country; empty when the tariff has no price. */
        Optional<Price> of(PostalService service, String country, int weightGrams);
    }

    record Price(BigDecimal amount, String currency) {
    }
}
