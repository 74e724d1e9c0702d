package com.renewalpost.mail;

/**
 * One email to a customer about one order. Only {@link CodeEmail}s have a code component,
 * so a code cannot be put into a {@link Posted} or {@link ReplacementSent} email at all.
 */
public sealed interface CustomerEmail permits CodeEmail, Posted, ReplacementSent, BalanceDue, ConfirmationCode,
        RenewalReminder, NextCardOnItsWay {

    OrderDetails order();

    EmailKind kind();
}
