package com.renewalpost.mail;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A standing order has ordered the customer's next renewal card: it is on its way, without their asking.
 * Sent instead of the renewal reminder. Deliberately has no code component.
 *
 * @param planExpiresOn when the plan the card renews runs out
 * @param cardBy        the day the card should be in the customer's hands (a week before)
 */
public record NextCardOnItsWay(OrderDetails order, LocalDate planExpiresOn, LocalDate cardBy) implements CustomerEmail {

    /** The customer should hold the card this long before the plan expires. */
    public static final int CARD_IN_HAND_DAYS = 7;

    public NextCardOnItsWay {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(planExpiresOn, "planExpiresOn");
        Objects.requireNonNull(cardBy, "cardBy");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.NEXT_CARD_ON_ITS_WAY;
    }
}
