package com.renewalpost.labels.run;

import com.renewalpost.labels.letter.LetterContent;
import com.renewalpost.labels.shipping.ShippingLabelContent;

import java.util.Objects;

/** One envelope of a print run: its letter and its label, which must belong to the same order. */
public record Envelope(LetterContent letter, ShippingLabelContent label) {

    public Envelope {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(label, "label");
        if (!letter.orderNumber().equals(label.orderNumber())) {
            // a letter in the wrong envelope sends one customer's code to another
            throw new IllegalArgumentException("Letter is for order " + letter.orderNumber() + " but label for " + label.orderNumber());
        }
    }

    public String orderNumber() {
        return letter.orderNumber();
    }
}
