package com.renewalpost.mail;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The confirmation code (GSMA SGP.22) of an eSIM whose activation code asks for one, sent apart from the activation
 * code so that neither the letter nor this email alone installs the eSIM. Deliberately has no activation code component.
 *
 * @param confirmationCode the secret the phone asks for; never in a log ({@link #toString()} hides it)
 */
public record ConfirmationCode(OrderDetails order, String confirmationCode) implements CustomerEmail {

    /** What an SM-DP+ hands out: letters and digits, at most 32 of them. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,32}");

    public ConfirmationCode {
        Objects.requireNonNull(order, "order");
        if (confirmationCode == null || !CODE.matcher(confirmationCode).matches()) {
            throw new IllegalArgumentException("confirmation code must be 1 to 32 letters or digits");
        }
    }

    @Override
    public EmailKind kind() {
        return EmailKind.CONFIRMATION_CODE;
    }

    @Override
    public String toString() {
        return "ConfirmationCode[" + order.orderNumber() + ", ****]";
    }
}
