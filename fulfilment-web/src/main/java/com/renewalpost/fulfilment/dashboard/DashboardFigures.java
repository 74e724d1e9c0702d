package com.renewalpost.fulfilment.dashboard;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.notifications.LateLetterReport;
import com.renewalpost.fulfilment.notifications.OutboxFigures;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.PrintQueue;
import com.renewalpost.fulfilment.shipping.Shipments;
import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import com.renewalpost.fulfilment.promise.PromiseLedger;
import com.renewalpost.fulfilment.promise.PromiseSummary;
import com.renewalpost.fulfilment.tracking.LearnedStandards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures, read in one transaction from the components that own them: the late
 * letters are the delay check's ({@link LateLetterReport}), the transit days the deliveries the
 * standards are learned from ({@link LearnedStandards#deliveriesSince}).
 */
@ApplicationScoped
@Transactional
public class DashboardFigures {

    /** The posting chart's span, today included; the labels in the common bundle say the same. */
    static final int POSTED_DAYS = 30;
    /** The transit chart's span of delivery scans. */
    static final int TRANSIT_DAYS = 180;

    /**
     * @param byStatus      orders per status (a status without orders is absent)
     * @param atRisk        queued orders whose plan expires soon
     * @param emailsFailing failed emails on support's list
     * @param late          every late letter, the longest overdue first
     * @param promise       this month's plan expiries: lapses by cause, margins in days
     */
    public record Figures(Map<OrderStatus, Long> byStatus, long atRisk, List<CodeStock.Level> stockLevels,
                          long emailsFailing, List<LateLetterReport.LateLetter> late, List<Charts.Day> postedPerDay,
                          List<Charts.Destination> transit, PromiseSummary promise) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    PrintQueue queue;
    @Inject
    CodeStock stock;
    @Inject
    OutboxFigures outbox;
    @Inject
    LateLetterReport lateLetters;
    @Inject
    Shipments shipments;
    @Inject
    LearnedStandards standards;
    @Inject
    WarehouseCalendar calendar;
    @Inject
    PromiseLedger promise;
    @Inject
    Clock clock;

    public Figures read() {
        Map<OrderStatus, Long> byStatus = new EnumMap<>(OrderStatus.class);
        for (Object[] row : em.createQuery("SELECT o.status, COUNT(o) FROM Order o GROUP BY o.status",
                Object[].class).getResultList()) {
            byStatus.put((OrderStatus) row[0], (Long) row[1]);
        }
        var today = calendar.today();
        var from = today.minusDays(POSTED_DAYS - 1L);
        // at risk counted in the database: the dashboard took 13 s when it read 50,000 queued orders to count a few
        return new Figures(byStatus, queue.countAtRisk(), stock.levels(), outbox.backlog().needingAttention(),
                lateLetters.today(), Charts.everyDay(from, today, shipments.postedPerDay(from, today)),
                Charts.byDestination(standards.deliveriesSince(
                        Clocks.now(clock).minusDays(TRANSIT_DAYS))),
                promise.summary(YearMonth.from(Clocks.now(clock))));
    }
}
