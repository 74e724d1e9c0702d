package com.renewalpost.fulfilment.platform;

import jakarta.ws.rs.core.Response;

/**
 * Thrown by boundaries and control classes to answer with a problem detail, worded in the
 * reader's language where it is shown ({@link ProblemDetail#in}). Its exception message is the
 * English detail, for logs.
 */
public class ProblemException extends RuntimeException {

    private final ProblemDetail problem;

    public ProblemException(ProblemDetail problem) {
        super(problem.detail() == null ? problem.type() : problem.detail().toString());
        this.problem = problem;
    }

    public ProblemException(Response.Status status, String type, Text detail) {
        this(ProblemDetail.of(status, type, detail));
    }

    /** For statuses Jakarta REST has no constant for (422). */
    public ProblemException(int status, String type, Text detail) {
        this(ProblemDetail.of(status, type, detail));
    }

    public ProblemDetail problem() {
        return problem;
    }
}
