package com.renewalpost.labels;

/** Text that would not fit even at the smallest legible size: refused rather than clipped. */
public class ContentDoesNotFitException extends IllegalArgumentException {

    public ContentDoesNotFitException(String message) {
        super(message);
    }
}
