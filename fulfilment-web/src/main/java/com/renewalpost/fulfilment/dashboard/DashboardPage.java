package com.renewalpost.fulfilment.dashboard;

import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.notifications.LateLetterReport;
import com.renewalpost.fulfilment.notifications.Outbox;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.PrintQueue;
import com.renewalpost.fulfilment.shipping.Shipments;
import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import com.renewalpost.fulfilment.tracking.LearnedStandards;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures and charts, read once per page view from the components that own them:
 * the late letters are the delay check's ({@link LateLetterReport}), the transit days the deliveries
 * the standards are learned from ({@link LearnedStandards#deliveriesSince}).
 */
@Named
@RequestScoped
public class DashboardPage {

    /** The posting chart's span, today included; the labels in the common bundle say the same. */
    static final int POSTED_DAYS = 30;
    /** The transit chart's span of delivery scans. */
    static final int TRANSIT_DAYS = 180;
    /** The late letters listed on the dashboard; the figure counts them all. */
    static final int LATE_LISTED = 50;

    @PersistenceContext
    EntityManager em;
    @Inject
    PrintQueue queue;
    @Inject
    CodeStock stock;
    @Inject
    Outbox outbox;
    @Inject
    LateLetterReport lateLetters;
    @Inject
    Shipments shipments;
    @Inject
    LearnedStandards standards;
    @Inject
    WarehouseCalendar calendar;
    @Inject
    Clock clock;

    private final Map<OrderStatus, Long> byStatus = new EnumMap<>(OrderStatus.class);
    private long atRisk;
    private List<CodeStock.Level> stockLevels;
    private long emailsFailing;
    private List<LateLetterReport.LateLetter> late;
    private List<Charts.Day> postedPerDay;
    private List<Charts.Destination> transit;

    @PostConstruct
    @Transactional
    void read() {
        for (Object[] row : em.createQuery("SELECT o.status, COUNT(o) FROM Order o GROUP BY o.status",
                Object[].class).getResultList()) {
            byStatus.put((OrderStatus) row[0], (Long) row[1]);
        }
        // counted in the database: the dashboard took 13 s when it read 50,000 queued orders to count a few
        atRisk = queue.countAtRisk();
        stockLevels = stock.levels();
        emailsFailing = outbox.backlog().needingAttention();
        late = lateLetters.today();
        var today = calendar.today();
        var from = today.minusDays(POSTED_DAYS - 1L);
        postedPerDay = Charts.everyDay(from, today, shipments.postedPerDay(from, today));
        transit = Charts.byDestination(standards.deliveriesSince(
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minusDays(TRANSIT_DAYS)));
    }

    public long count(String status) {
        return byStatus.getOrDefault(OrderStatus.valueOf(status), 0L);
    }

    public long getAtRisk() {
        return atRisk;
    }

    public List<CodeStock.Level> getStockLevels() {
        return stockLevels;
    }

    public long getEmailsFailing() {
        return emailsFailing;
    }

    public int getDelayed() {
        return late.size();
    }

    /** The longest overdue letters first, at most {@link #LATE_LISTED}. */
    public List<LateLetterReport.LateLetter> getLateLetters() {
        return late.subList(0, Math.min(late.size(), LATE_LISTED));
    }

    public List<Charts.Day> getPostedPerDay() {
        return postedPerDay;
    }

    public List<Charts.Destination> getTransit() {
        return transit;
    }

    public String getPostedChart() {
        return Charts.postedPerDay(postedPerDay, text("dashboard.chart.items"));
    }

    public String getTransitChart() {
        return Charts.transitDays(transit, text("dashboard.chart.days"));
    }

    private static String text(String key) {
        var context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "t").getString(key);
    }
}
