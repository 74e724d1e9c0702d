package com.renewalpost.fulfilment.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An RFC 9457 problem detail as it is answered: worded in one language ({@link ProblemDetail#in}
 * makes it from the server's messages). {@code errors} lists each invalid field with a message a
 * person can act on. Never carries an exception message: those may hold data that must not leak.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.Status status, String type, String detail) {
        return new Problem("/problems/" + type, status.getReasonPhrase(), status.getStatusCode(), detail, List.of());
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
