package com.renewalpost.mail;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The customer's plan expires before the letter can be expected, so the code is emailed.
 *
 * @param planExpiresOn the last day of the customer's current plan
 * @param postedOn when the letter was posted, or null when it has not been posted yet
 *                 (an order at risk already when its code is allocated)
 */
public record CodeAtRisk(OrderDetails order, EmailedCode code, LocalDate planExpiresOn, LocalDate postedOn) implements CodeEmail {

    public CodeAtRisk {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(planExpiresOn, "planExpiresOn");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.CODE_AT_RISK;
    }
}
