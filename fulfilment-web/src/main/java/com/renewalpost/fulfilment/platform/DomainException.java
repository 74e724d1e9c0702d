package com.renewalpost.fulfilment.platform;

import java.util.List;

/**
 * A business rule refusing what was asked, raised by control classes, which know nothing of HTTP.
 * Only the boundary gives it a status: {@link ProblemResponses} for the API (its {@link Kind}
 * chooses the status), the pages by showing its words. The exception message is the English
 * detail, for logs.
 *
 * @param type the problem type's last segment, e.g. {@code unknown-order}
 */
public class DomainException extends RuntimeException {

    /** What kind of refusal, in the business's terms; each maps to one HTTP status at the boundary. */
    public enum Kind {
        /** the values sent are malformed or missing (400) */
        INVALID,
        /** the caller has not proved who they are (401) */
        UNAUTHENTICATED,
        /** the caller may not do this (403) */
        FORBIDDEN,
        /** the thing named does not exist (404) */
        NOT_FOUND,
        /** the thing is not in a state that allows it (409) */
        CONFLICT,
        /** well-formed, but a business rule says no (422) */
        UNPROCESSABLE,
        /** cannot be done at this moment; the same request later may succeed (503) */
        UNAVAILABLE,
        /** a device or service the business relies on (a label printer) failed (502) */
        UPSTREAM_FAILED,
        /** a device or service the business relies on did not answer in time (504) */
        UPSTREAM_TIMEOUT
    }

    /** One invalid field and what is wrong with it. */
    public record FieldError(String field, Text message) implements java.io.Serializable {
    }

    private final Kind kind;
    private final String type;
    private final transient Text detail;
    private final transient Text title;
    private final transient List<FieldError> errors;

    public DomainException(Kind kind, String type, Text detail) {
        this(kind, type, detail, null, List.of());
    }

    /** With field messages, under a title for them (null for the status's). */
    public DomainException(Kind kind, String type, Text detail, Text title, List<FieldError> errors) {
        super(detail == null ? type : detail.toString());
        this.kind = kind;
        this.type = type;
        this.detail = detail;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static DomainException invalid(String type, Text detail) {
        return new DomainException(Kind.INVALID, type, detail);
    }

    public static DomainException notFound(String type, Text detail) {
        return new DomainException(Kind.NOT_FOUND, type, detail);
    }

    public static DomainException conflict(String type, Text detail) {
        return new DomainException(Kind.CONFLICT, type, detail);
    }

    public static DomainException unprocessable(String type, Text detail) {
        return new DomainException(Kind.UNPROCESSABLE, type, detail);
    }

    public static DomainException forbidden(String type, Text detail) {
        return new DomainException(Kind.FORBIDDEN, type, detail);
    }

    /** The same refusal with field messages, under a title for them (null for the status's). */
    public DomainException withErrors(Text errorsTitle, List<FieldError> fieldErrors) {
        return new DomainException(kind, type, detail, errorsTitle, fieldErrors);
    }

    public Kind kind() {
        return kind;
    }

    public String type() {
        return type;
    }

    /** Why, for the person who asked (null when the kind says enough). */
    public Text detail() {
        return detail;
    }

    public Text title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
