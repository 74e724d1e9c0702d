package com.renewalpost.labels.font;

/** A font file that a document needs is missing or unreadable: says which, and how to get it. */
public class FontUnavailableException extends IllegalStateException {

    public FontUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
