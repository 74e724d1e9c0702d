package com.renewalpost.fulfilment.staff;

import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PageMessages;
import jakarta.faces.context.FacesContext;

import java.util.Arrays;

/**
 * The check a staff page makes before an action: a person whose roles do not allow it is told so
 * in a sentence on the page, and nothing is done. Never an exception: that would be the error
 * page ("Something went wrong") for what is only a missing role. Pages show no button for what
 * the role may not do; this answers a request made anyway (an old page, a crafted post).
 */
public final class PageRoles {

    private PageRoles() {
    }

    /** Whether the person holds one of the roles; if not, the page says which role was needed. */
    public static boolean holdsAny(String... roles) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (Arrays.stream(roles).anyMatch(external::isUserInRole)) {
            return true;
        }
        PageMessages.refused(Message.of("staff.roleNeeded", roles[0]));
        return false;
    }
}
