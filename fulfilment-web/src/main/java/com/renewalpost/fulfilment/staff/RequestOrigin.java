package com.renewalpost.fulfilment.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** Where the current request comes from, for the audit log and the login limits. */
@ApplicationScoped
public class RequestOrigin {

    @Inject
    HttpServletRequest request;

    /** The client's address, or "internal" outside a web request (start-up, scheduled jobs). */
    public String clientAddress() {
        try {
            return request.getRemoteAddr();
        } catch (RuntimeException noRequest) {
            return "internal";
        }
    }
}
