package com.renewalpost.mail;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The letter is late, so the code is emailed.
 *
 * @param postedOn when the (late) letter was posted
 * @param tracking the letter's tracking, or null when it was sent untracked
 */
public record CodeDelayed(OrderDetails order, EmailedCode code, LocalDate postedOn, Tracking tracking) implements CodeEmail {

    public CodeDelayed {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(postedOn, "postedOn");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.CODE_DELAYED;
    }
}
