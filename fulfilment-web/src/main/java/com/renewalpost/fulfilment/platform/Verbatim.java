package com.renewalpost.fulfilment.platform;

import java.util.Locale;

/**
 * Words a person wrote (a reason, a note) or a carrier sent, shown as they were written whatever
 * the reader's language: never a text of the server's own.
 */
public record Verbatim(String text) implements Text {

    @Override
    public String in(Locale locale) {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
