package com.renewalpost.mail;

import java.util.Locale;

/** The customer emails there are. Only the two {@code CODE_*} kinds may ever carry an activation code. */
public enum EmailKind {
    /** The letter is late: the code by email. */
    CODE_DELAYED(true),
    /** The plan expires before the letter can arrive: the code by email. */
    CODE_AT_RISK(true),
    /** The letter has been posted; no code. */
    POSTED(false),
    /** A replacement letter after a lost or returned one; no code. */
    REPLACEMENT_SENT(false),
    /** A post order was paid short: please send the balance; no code. */
    BALANCE_DUE(false),

    /** The eSIM's confirmation code, by the other channel than the letter that carries the activation code; no code. */
    CONFIRMATION_CODE(false),

    /** Time to order the line's next renewal (first reminder or last call); no code. */
    RENEWAL_REMINDER(false),

    /** A standing order has ordered the next renewal card; no code. */
    NEXT_CARD_ON_ITS_WAY(false);

    private final boolean carriesCode;

    EmailKind(boolean carriesCode) {
        this.carriesCode = carriesCode;
    }

    public boolean carriesCode() {
        return carriesCode;
    }

    /** Template base name, e.g. {@code code_delayed} for {@code code_delayed.ftlh} and {@code code_delayed.ftl}. */
    String templateName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
