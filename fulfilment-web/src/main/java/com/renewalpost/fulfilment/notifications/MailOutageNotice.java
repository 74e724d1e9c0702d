package com.renewalpost.fulfilment.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.MessageFormat;
import java.time.Duration;

/**
 * The banner every support and admin page shows while customer email is stuck (the mail server down, refusing our
 * login...): a code email that does not go out is a customer who may lose service. Read at most every
 * {@link #FRESH_FOR} per instance, so that page views do not each count the outbox.
 */
@Named
@ApplicationScoped
public class MailOutageNotice {

    static final Duration FRESH_FOR = Duration.ofSeconds(20);

    @Inject
    OutboxFigures figures;

    private volatile MailFlow flow;
    private volatile long readAtNanos;

    /** The flow as of at most {@link #FRESH_FOR} ago. */
    public MailFlow getFlow() {
        var now = System.nanoTime();
        var known = flow;
        if (known == null || now - readAtNanos > FRESH_FOR.toNanos()) {
            known = figures.mailFlow();
            flow = known;
            readAtNanos = now;
        }
        return known;
    }

    public boolean isStuck() {
        return getFlow().stuck();
    }

    /** The banner's sentence in the page's language: how much waits, since when, and the server's last answer. */
    public String getText() {
        var f = getFlow();
        var bundle = FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "t");
        var answer = f.lastAnswer() == null ? "" : switch (f.lastAnswer().kind()) {
            case REPLIED -> MessageFormat.format(bundle.getString("mail.answer.replied"), f.lastAnswer().reply());
            case UNREACHABLE -> bundle.getString("mail.answer.unreachable");
            case NO_VERDICT -> bundle.getString("mail.answer.noVerdict");
        };
        return MessageFormat.format(bundle.getString("mail.stuck"), f.waiting(), f.retrying(),
                f.oldestWaiting().toHours(), f.oldestWaiting().toMinutesPart(), answer);
    }
}
