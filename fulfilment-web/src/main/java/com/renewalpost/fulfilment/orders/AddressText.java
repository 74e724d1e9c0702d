package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.Text;
import com.renewalpost.labels.address.AddressMessage;

import java.util.Locale;

/** A message of the address rules (label-printing words its own, in both languages) as a {@link Text}. */
public record AddressText(AddressMessage message) implements Text {

    @Override
    public String in(Locale locale) {
        return message.in(locale);
    }

    /** English, for logs and exception messages. */
    @Override
    public String toString() {
        return message.toString();
    }
}
