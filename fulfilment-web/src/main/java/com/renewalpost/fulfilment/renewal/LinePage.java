package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderRequest;
import com.renewalpost.fulfilment.orders.PaymentMethod;
import com.renewalpost.fulfilment.platform.Actor;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.PageMessages;
import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The line page ({@code /staff/support/line.xhtml?line=<ICCID or +number>}: the line, its customer, the orders that
 * renewed it, its next expiry and latest day to order, its standing order with the forms to set one up, skip,
 * pause, resume or cancel it, and its timeline) and the order page's "Line" section (support only).
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
    @Inject
    StandingOrders standingOrders;

    private String typed;
    private LineView line;
    private List<RenewingOrder> orders = List.of();
    private List<Reminder> reminders = List.of();
    private java.time.OffsetDateTime unsubscribedAt;
    private StandingOrderView standingOrder;
    private List<LineEventView> timeline = List.of();

    // the standing-order forms
    private Integer periods;
    private boolean untilCancelled;
    private PaymentMethod paymentMethod;
    private String paymentReference;
    private BigDecimal amount;
    private String currency;
    private String setUpReason;
    private String actReason;

    @PostConstruct
    void init() {
        typed = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("line");
        line = lines.view(typed).orElse(null);
        if (line != null) {
            orders = lines.ordersOf(line.line());
            reminders = reminderQueue.sentFor(line.line());
            unsubscribedAt = unsubscribes.unsubscribedAt(line.line()).orElse(null);
            readStandingOrder();
        }
    }

    private void readStandingOrder() {
        standingOrders.details(line.line()).ifPresent(d -> {
            standingOrder = d.standingOrder();
            timeline = d.timeline();
        });
    }

    public String setUp() {
        return act(() -> standingOrders.setUp(line.line(), new StandingOrders.SetUp(untilCancelled ? null : periods,
                untilCancelled ? Boolean.TRUE : null, new OrderRequest.PaymentDetails(
                paymentMethod == null ? null : paymentMethod.name(), paymentReference, amount, currency, null),
                setUpReason), Actor.ofPage()), "line.standing.setUp.done");
    }

    public String skip() {
        return act(() -> standingOrders.skip(line.line(), actReason, Actor.ofPage()), "line.standing.skip.done");
    }

    public String pause() {
        return act(() -> standingOrders.pause(line.line(), actReason, Actor.ofPage()), "line.standing.pause.done");
    }

    public String resume() {
        return act(() -> standingOrders.resume(line.line(), actReason, Actor.ofPage()), "line.standing.resume.done");
    }

    public String cancel() {
        return act(() -> standingOrders.cancel(line.line(), actReason, Actor.ofPage()), "line.standing.cancel.done");
    }

    /** One action: on success a confirmation and a fresh page (post-redirect-get); on refusal the reasons. */
    private String act(Runnable action, String doneKey) {
        if (line == null) {
            return null;
        }
        try {
            action.run();
            var context = FacesContext.getCurrentInstance();
            PageMessages.done(ResourceBundle.getBundle("ui.orders", context.getViewRoot().getLocale())
                    .getString(doneKey));
            return "/staff/support/line.xhtml?faces-redirect=true&line="
                    + URLEncoder.encode(line.line(), StandardCharsets.UTF_8);
        } catch (DomainException e) {
            PageMessages.problem(e);
            return null;
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
    public StandingOrderView getStandingOrder() { return standingOrder; }
    /** Whether a standing order is in force (ACTIVE or PAUSED): then its actions are offered, else setting one up. */
    public boolean isStandingOrderOpen() {
        return standingOrder != null && (standingOrder.status() == StandingOrder.Status.ACTIVE
                || standingOrder.status() == StandingOrder.Status.PAUSED);
    }
    public boolean isPaused() { return standingOrder != null && standingOrder.status() == StandingOrder.Status.PAUSED; }
    public List<LineEventView> getTimeline() { return timeline; }
    public PaymentMethod[] getPaymentMethods() { return PaymentMethod.values(); }
    public int getMaxPeriods() { return StandingOrders.MAX_PERIODS; }

    public Integer getPeriods() { return periods; }
    public void setPeriods(Integer periods) { this.periods = periods; }
    public boolean isUntilCancelled() { return untilCancelled; }
    public void setUntilCancelled(boolean untilCancelled) { this.untilCancelled = untilCancelled; }
    public PaymentMethod getPaymentMethod() { return paymentMethod; }
    public void setPaymentMethod(PaymentMethod paymentMethod) { this.paymentMethod = paymentMethod; }
    public String getPaymentReference() { return paymentReference; }
    public void setPaymentReference(String paymentReference) { this.paymentReference = paymentReference; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getSetUpReason() { return setUpReason; }
    public void setSetUpReason(String setUpReason) { this.setUpReason = setUpReason; }
    public String getActReason() { return actReason; }
    public void setActReason(String actReason) { this.actReason = actReason; }
}
