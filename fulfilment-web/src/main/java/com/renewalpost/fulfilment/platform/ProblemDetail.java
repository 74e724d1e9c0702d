package com.renewalpost.fulfilment.platform;

import jakarta.ws.rs.core.Response;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem detail before it is worded: its title, detail and field messages are
 * {@link Text}s, put into the reader's language at the boundary ({@link #in}) — a page in the
 * staff member's language, an API answer in the language of {@code Accept-Language}.
 *
 * @param type  the problem type's path, e.g. {@code /problems/unknown-order}
 * @param title null for the reason phrase of the status
 */
public record ProblemDetail(String type, Text title, int status, Text detail, List<FieldText> errors)
        implements Serializable {

    /** One invalid field and what is wrong with it. */
    public record FieldText(String field, Text message) implements Serializable {
    }

    public ProblemDetail {
        errors = List.copyOf(errors);
    }

    public static ProblemDetail of(Response.Status status, String type, Text detail) {
        return of(status.getStatusCode(), type, detail);
    }

    public static ProblemDetail of(int status, String type, Text detail) {
        return new ProblemDetail("/problems/" + type, null, status, detail, List.of());
    }

    /** A business refusal as the API answers it: the status its kind implies. */
    public static ProblemDetail of(DomainException refusal) {
        int status = switch (refusal.kind()) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
            case UNAVAILABLE -> 503;
            case UPSTREAM_FAILED -> 502;
            case UPSTREAM_TIMEOUT -> 504;
        };
        return new ProblemDetail("/problems/" + refusal.type(), refusal.title(), status, refusal.detail(),
                refusal.errors().stream().map(e -> new FieldText(e.field(), e.message())).toList());
    }

    /** The same problem with field messages (and a title for them, or null for the status's). */
    public ProblemDetail withErrors(Text title, List<FieldText> fieldErrors) {
        return new ProblemDetail(type, title, status, detail, fieldErrors);
    }

    /** The title of an answer with this status: its reason phrase, in the reader's language. */
    public static Text statusTitle(int status) {
        return Message.bundle(java.util.Locale.ENGLISH).containsKey("http." + status) ? Message.of("http." + status)
                : Message.of("http.other", String.valueOf(status));
    }

    /** The problem as the JSON answer and the pages word it in this language. */
    public Problem in(Locale locale) {
        return new Problem(type, (title == null ? statusTitle(status) : title).in(locale), status,
                detail == null ? null : detail.in(locale),
                errors.stream().map(e -> new Problem.FieldError(e.field(), e.message().in(locale))).toList());
    }

    /** The answer in this language, with its {@code Content-Language}. */
    public Response toResponse(Locale locale) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(in(locale))
                .header("Content-Language", StaffLanguage.tag(locale)).build();
    }
}
