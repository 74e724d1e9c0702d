package com.renewalpost.labels.address;

import java.io.Serializable;
import java.util.Locale;

/** Something wrong with one part of an address, worded so that staff can fix it, in their language. */
public record AddressProblem(AddressField field, AddressMessage text) implements Serializable {

    /** The problem in English. */
    public String message() {
        return text.in(Locale.ENGLISH);
    }

    /** The problem in the reader's language (English or Simplified Chinese). */
    public String message(Locale locale) {
        return text.in(locale);
    }
}
