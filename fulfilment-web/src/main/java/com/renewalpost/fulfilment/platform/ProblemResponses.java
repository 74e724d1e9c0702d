package com.renewalpost.fulfilment.platform;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Turns every failure of the REST API into an RFC 9457 problem detail. */
@Provider
public class ProblemResponses implements ExceptionMapper<Throwable> {

    @Context
    HttpServletRequest request;

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        // a body cut at its limit may reach here as a parser's error that lost the cause
        var exceeded = request == null ? null : request.getAttribute(RequestBodyLimits.EXCEEDED);
        var reader = request == null ? java.util.Locale.ENGLISH : StaffLanguage.ofAcceptLanguage(request.getHeader("Accept-Language"));
        if (exceeded instanceof Long limit) {
            return bodyTooLarge(limit).toResponse(reader);
        }
        return problemFor(failure).toResponse(reader);
    }

    private static ProblemDetail bodyTooLarge(long limit) {
        return ProblemDetail.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "body-too-large", RequestBodyLimits.tooLarge(limit));
    }

    static ProblemDetail problemFor(Throwable failure) {
        // a reader or an interceptor may wrap the problem a boundary raised
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException p) {
                return p.problem();
            }
            if (cause instanceof DomainException refusal) {
                return ProblemDetail.of(refusal);
            }
        }
        if (RequestBodyLimits.causedByTooLarge(failure)) {
            return bodyTooLarge(((RequestBodyLimits.TooLarge) tooLarge(failure)).limit());
        }
        if (failure instanceof ConstraintViolationException invalid) {
            // only the order request has constraints, checked by OrderValidation; this is a safety net
            return ProblemDetail.of(Response.Status.BAD_REQUEST, "invalid-request",
                    Message.of("problem.valuesNeedAttention", invalid.getConstraintViolations().size()))
                    .withErrors(null, invalid.getConstraintViolations().stream().map(v -> new ProblemDetail.FieldText(
                            v.getPropertyPath().toString(), Message.of("problem.invalidValue"))).toList());
        }
        if (failure instanceof ValidationException) {
            return ProblemDetail.of(Response.Status.BAD_REQUEST, "invalid-request", Message.of("problem.invalidRequest"));
        }
        if (causedByJson(failure)) {
            return ProblemDetail.of(Response.Status.BAD_REQUEST, "unreadable-body", Message.of("problem.unreadableJson"));
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return new ProblemDetail("about:blank", null, status, null, List.of());
        }
        // Exception messages may carry customer data or a code: log the types and frames only.
        var reference = UUID.randomUUID().toString();
        LOG.severe(() -> "Unexpected failure " + reference + ": " + describe(failure));
        return ProblemDetail.of(Response.Status.INTERNAL_SERVER_ERROR, "internal-error",
                Message.of("problem.internal", reference));
    }

    private static String describe(Throwable failure) {
        var text = new StringBuilder();
        for (var t = failure; t != null; t = t.getCause()) {
            text.append("\n  ").append(t.getClass().getName()).append(Arrays.stream(t.getStackTrace()).limit(8)
                    .map(f -> "\n    at " + f).collect(Collectors.joining()));
        }
        return text.toString();
    }

    private static Throwable tooLarge(Throwable t) {
        var cause = t;
        while (!(cause instanceof RequestBodyLimits.TooLarge)) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static boolean causedByJson(Throwable t) {
        for (var cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return true;
            }
        }
        return false;
    }
}
