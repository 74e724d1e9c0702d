package com.renewalpost.fulfilment.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * What a staff page tells the person after an action: a confirmation, or a problem they can act
 * on. Problems raised by the control layer ({@link ProblemException}) are shown with their detail
 * and one line per invalid field, exactly as the API would answer them.
 */
public final class PageMessages {

    private PageMessages() {
    }

    public static void done(String summary) {
        add(null, FacesMessage.SEVERITY_INFO, summary, null);
    }

    public static void refused(String summary) {
        add(null, FacesMessage.SEVERITY_ERROR, summary, null);
    }

    /** A message beside one input ({@code clientId} as rendered, e.g. {@code entry:postcode}). */
    public static void refusedField(String clientId, String message) {
        add(clientId, FacesMessage.SEVERITY_ERROR, message, null);
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void problem(ProblemException e) {
        show(e.problem());
    }

    /** A business refusal from the control layer, worded as the API would word it. */
    public static void problem(DomainException e) {
        show(ProblemDetail.of(e));
    }

    /** As {@link #problem(ProblemException, java.util.Map)}, for a business refusal. */
    public static void problem(DomainException e, java.util.Map<String, String> inputs) {
        show(ProblemDetail.of(e), inputs);
    }

    private static void show(ProblemDetail detail) {
        var problem = detail.in(locale());
        add(null, FacesMessage.SEVERITY_ERROR, problem.detail(), null);
        for (var error : problem.errors()) {
            add(null, FacesMessage.SEVERITY_ERROR, error.field() + ": " + error.message(), null);
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * As {@link #problem(ProblemException)}, with the invalid fields that the page shows beside their inputs:
     * {@code inputs} maps a field of the problem to the input's client id. When every invalid field has its input,
     * the messages stand beside them alone; the problem's general sentence would only say the same again.
     */
    public static void problem(ProblemException e, java.util.Map<String, String> inputs) {
        show(e.problem(), inputs);
    }

    private static void show(ProblemDetail detail, java.util.Map<String, String> inputs) {
        var problem = detail.in(locale());
        if (problem.errors().isEmpty() || !problem.errors().stream().allMatch(f -> inputs.containsKey(f.field()))) {
            show(detail);
            return;
        }
        for (var error : problem.errors()) {
            add(inputs.get(error.field()), FacesMessage.SEVERITY_ERROR, error.message(), null);
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A server message in the page's language. */
    public static void done(Text summary) {
        done(summary.in(locale()));
    }

    /** A server message in the page's language. */
    public static void refused(Text summary) {
        refused(summary.in(locale()));
    }

    /** The language of the page being rendered: the staff member's. */
    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
        var context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, summary, detail));
        // survives the redirect of a post-redirect-get
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
