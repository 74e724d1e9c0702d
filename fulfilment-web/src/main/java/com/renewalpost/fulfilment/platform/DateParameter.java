package com.renewalpost.fulfilment.platform;

import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date given in a query parameter (ISO, e.g. 2026-03-05), or a default when absent. */
public final class DateParameter {

    private DateParameter() {
    }

    /** The date, the fallback when blank, or a 400 problem naming the parameter. */
    public static LocalDate parse(String text, String name, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-date", Message.of("parameter.date", name));
        }
    }
}
