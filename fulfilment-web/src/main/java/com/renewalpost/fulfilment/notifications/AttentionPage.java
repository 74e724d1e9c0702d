package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.platform.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Support's list of code emails that failed for good (address refused, or retries given up) with
 * nothing sent to the order since: each links to its order, where support sends it again.
 */
@Named
@RequestScoped
public class AttentionPage {

    @Inject
    OrderEmails orderEmails;
    @Inject
    OutboxFigures figures;

    private List<EmailView> emails;
    private long total;

    @PostConstruct
    void read() {
        // the longest waiting first, a bounded number; the count covers them all
        emails = orderEmails.needingAttention(PageRequest.first(PageRequest.MAX_SIZE));
        total = figures.backlog().needingAttention();
    }

    public List<EmailView> getEmails() {
        return emails;
    }

    public long getTotal() {
        return total;
    }
}
