package com.renewalpost.mail;

/** A template could not be rendered: a defect in a template or a resource bundle, not in the caller's input. */
public final class TemplateRenderingException extends RuntimeException {

    TemplateRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
