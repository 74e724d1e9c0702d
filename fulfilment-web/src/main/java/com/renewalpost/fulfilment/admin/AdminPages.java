package com.renewalpost.fulfilment.admin;

import com.renewalpost.fulfilment.platform.Actor;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.PageMessages;
import com.renewalpost.fulfilment.platform.ProblemDetail;
import com.renewalpost.fulfilment.platform.ProblemException;
import jakarta.faces.context.FacesContext;

import java.util.regex.Pattern;

/**
 * What every admin page bean needs: the actor, its texts, and how to show a refusal.
 * <p>
 * A refusal of the control layer on an admin form: each invalid field's message beside the
 * input of the same id (a form's inputs are named after the fields the API uses), the rest at the
 * top. The messages are the API's own, so page and API explain a refusal alike.
 */
public final class AdminPages {

    private static final Pattern SIMPLE_FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private AdminPages() {
    }

    /** Shows a refusal of the control layer on the form {@code formId} (see above). */
    public static void refused(DomainException e, String formId) {
        refused(ProblemDetail.of(e), formId);
    }

    /** As {@link #refused(DomainException, String)}, for a problem a boundary raised. */
    public static void refused(ProblemException e, String formId) {
        refused(e.problem(), formId);
    }

    private static void refused(ProblemDetail detail, String formId) {
        var root = FacesContext.getCurrentInstance().getViewRoot();
        var problem = detail.in(root.getLocale());
        PageMessages.refused(problem.detail());
        for (var error : problem.errors()) {
            var clientId = formId + ":" + error.field();
            if (SIMPLE_FIELD.matcher(error.field()).matches() && root.findComponent(clientId) != null) {
                PageMessages.refusedField(clientId, error.message());
            } else {
                PageMessages.refused(error.field() + ": " + error.message());
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The logged-in person, who is the actor of whatever the page does. */
    public static String actor() {
        return Actor.ofPage();
    }

    /** A text of the admin bundle in the page's language. */
    public static String text(String key) {
        var context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "adm").getString(key);
    }

    /** The same with {0}, {1} ... filled in. */
    public static String text(String key, Object... arguments) {
        var context = FacesContext.getCurrentInstance();
        return new java.text.MessageFormat(text(key), context.getViewRoot().getLocale()).format(arguments);
    }
}
