package com.renewalpost.fulfilment.platform;

import jakarta.faces.context.FacesContext;
import jakarta.ws.rs.core.SecurityContext;

/** Who does what a request asks, as timelines and the audit log name them: the one way boundaries tell. */
public final class Actor {

    private Actor() {
    }

    /** The caller of an API request: the staff member or API key, else {@code api}. */
    public static String of(SecurityContext security) {
        return security.getUserPrincipal() == null ? "api" : security.getUserPrincipal().getName();
    }

    /** The logged-in person using a staff page. */
    public static String ofPage() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }
}
