package com.renewalpost.fulfilment.staff;

import com.renewalpost.fulfilment.platform.SameOrigin;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Set;

/** What the HTTP session remembers about a logged-in person. Checked against the account on every request. */
public record StaffSession(long accountId, String username, Set<String> roles, OffsetDateTime loggedInAt)
        implements Serializable {

    public static final String ATTRIBUTE = SameOrigin.STAFF_SESSION;
}
