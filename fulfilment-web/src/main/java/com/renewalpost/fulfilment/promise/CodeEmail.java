package com.renewalpost.fulfilment.promise;

import java.time.LocalDate;

/**
 * What became of an order's code emails (the kinds that carry the code): the first one the mail server accepted
 * (its day, UTC), else whether one failed, else whether one still waits.
 */
public record CodeEmail(State state, LocalDate acceptedOn) {

    public enum State { NONE, PENDING, FAILED, SENT }

    public static final CodeEmail NONE = new CodeEmail(State.NONE, null);

    public CodeEmail {
        if ((state == State.SENT) != (acceptedOn != null)) {
            throw new IllegalArgumentException("an accepted day exactly when sent: " + state + " " + acceptedOn);
        }
    }

    public static CodeEmail sentOn(LocalDate day) { return new CodeEmail(State.SENT, day); }
    public static CodeEmail failed() { return new CodeEmail(State.FAILED, null); }
    public static CodeEmail pending() { return new CodeEmail(State.PENDING, null); }
}
