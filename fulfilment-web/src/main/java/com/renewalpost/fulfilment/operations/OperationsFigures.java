package com.renewalpost.fulfilment.operations;

import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.notifications.LateLetterReport;
import com.renewalpost.fulfilment.notifications.OutboxFigures;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.Orders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

/**
 * The figures behind the gauges, read in one transaction from the database: the same on every
 * instance, and consistent with one another.
 */
@ApplicationScoped
public class OperationsFigures {

    /**
     * @param oldestPendingAge how long the oldest email waiting to be sent has waited (zero when none)
     * @param codesAvailable   per product SKU
     */
    public record Figures(long printQueue, long outboxPending, long outboxRetrying, Duration oldestPendingAge,
                          long emailsFailed, long lettersLate, Map<String, Long> codesAvailable) {
    }

    @Inject
    Orders orders;
    @Inject
    OutboxFigures outbox;
    @Inject
    LateLetterReport lateLetters;
    @Inject
    CodeStock codeStock;
    @Inject
    Clock clock;

    @Transactional
    public Figures read() {
        var backlog = outbox.backlog();
        var oldest = backlog.oldestQueuedAt() == null ? Duration.ZERO
                : Duration.between(backlog.oldestQueuedAt(), OffsetDateTime.now(clock));
        return new Figures(orders.countInStatus(OrderStatus.QUEUED), backlog.pending(), backlog.retrying(),
                oldest.isNegative() ? Duration.ZERO : oldest, backlog.needingAttention(), lateLetters.count(),
                Map.copyOf(codeStock.availableBySku()));
    }

    /** The SKUs of every product, each with a stock gauge (cheap: it reads no letter). */
    @Transactional
    public Set<String> products() {
        return Set.copyOf(codeStock.availableBySku().keySet());
    }
}
