package com.renewalpost.mail;

import java.time.LocalDate;
import java.util.Objects;

/** The days between which a letter is expected to arrive, both included. */
public record DeliveryWindow(LocalDate earliest, LocalDate latest) {

    public DeliveryWindow {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("delivery window ends before it starts");
        }
    }
}
