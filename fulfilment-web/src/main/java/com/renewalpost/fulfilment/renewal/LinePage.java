package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * The line page ({@code /staff/support/line.xhtml?line=<ICCID or +number>}: the line, its customer, the orders that
 * renewed it, its next expiry and latest day to order) and the order page's "Line" section (support only).
 */
@Named
@RequestScoped
public class LinePage {

    @Inject
    Lines lines;
    @Inject
    WarehouseCalendar calendar;
    @Inject
    ReminderQueue reminderQueue;
    @Inject
    Unsubscribes unsubscribes;

    private String typed;
    private LineView line;
    private List<RenewingOrder> orders = List.of();
    private List<Reminder> reminders = List.of();
    private java.time.OffsetDateTime unsubscribedAt;

    @PostConstruct
    void init() {
        typed = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("line");
        line = lines.view(typed).orElse(null);
        if (line != null) {
            orders = lines.ordersOf(line.line());
            reminders = reminderQueue.sentFor(line.line());
            unsubscribedAt = unsubscribes.unsubscribedAt(line.line()).orElse(null);
        }
    }

    /**
     * The order's line as a list of none or one, for the order page to repeat over: the list is read once per
     * phase, where a property would be read (and queried) for every field shown.
     */
    public List<LineView> ofOrder(String number) {
        return Optional.ofNullable(number).flatMap(OrderNumber::parse).flatMap(lines::viewOfOrder).stream().toList();
    }

    /** Whether the latest day to order is behind us (the warehouse's today). */
    public boolean passed(LatestDayToOrder day) {
        return day != null && day.passed(calendar.today());
    }

    public boolean isFound() { return line != null; }
    public String getTyped() { return typed; }
    public LineView getLine() { return line; }
    /** The line as a list of one, for the fields the order page's section shares. */
    public List<LineView> getShown() { return line == null ? List.of() : List.of(line); }
    public List<RenewingOrder> getOrders() { return orders; }
    /** The renewal reminders the line was sent, newest first. */
    public List<Reminder> getReminders() { return reminders; }
    /** When the customer unsubscribed from reminders, or null. */
    public java.time.OffsetDateTime getUnsubscribedAt() { return unsubscribedAt; }
    public int getReminderLeadDays() { return reminderQueue.rule().leadDays(); }
}
