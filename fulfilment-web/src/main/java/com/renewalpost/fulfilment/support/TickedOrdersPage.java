package com.renewalpost.fulfilment.support;

import com.renewalpost.fulfilment.platform.Actor;
import com.renewalpost.fulfilment.orders.OrderView;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.PageMessages;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The orders list's bulk work: the orders ticked in the table, held or released with one reason
 * (support and admins) or printed in a new run (the warehouse), and a line per order saying what
 * happened to it.
 */
@Named
@ViewScoped
public class TickedOrdersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What happened to one ticked order, in the reader's words. */
    public record Line(String orderNumber, boolean done, String what) implements Serializable {
    }

    @Inject
    TickedOrders ticked;

    private List<OrderView.Summary> selection = new ArrayList<>();
    private String reason;
    private List<Line> report = List.of();

    public void hold() {
        if (refused(isCanHold())) {
            return;
        }
        act(() -> ticked.hold(numbers(), reason, Actor.ofPage()));
    }

    public void release() {
        if (refused(isCanHold())) {
            return;
        }
        act(() -> ticked.release(numbers(), reason, Actor.ofPage()));
    }

    public void print() {
        if (refused(isCanPrint())) {
            return;
        }
        act(() -> ticked.print(numbers(), Actor.ofPage(), PageMessages.locale()));
    }

    private void act(Supplier<List<TickedOrders.Outcome>> action) {
        try {
            var locale = PageMessages.locale();
            report = action.get().stream().map(o -> new Line(o.orderNumber(), o.done(), o.what().in(locale))).toList();
            selection = new ArrayList<>();
            reason = null;
        } catch (DomainException e) {
            PageMessages.problem(e);
            report = List.of();
        }
        shownNow();
    }

    private boolean refused(boolean allowed) {
        if (!allowed) {
            PageMessages.refused(ResourceBundle.getBundle("ui.orders", PageMessages.locale()).getString("detail.notAllowed"));
            shownNow();
        }
        return !allowed;
    }

    /** The answer is this page (an AJAX update): its messages must not come back on the next one. */
    private static void shownNow() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
    }

    private List<String> numbers() {
        return selection == null ? List.of() : selection.stream().map(OrderView.Summary::number).toList();
    }

    /** Hold and release are support's. */
    public boolean isCanHold() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.SUPPORT) || external.isUserInRole(Roles.ADMIN);
    }

    /** Printing is the warehouse's, as print runs are. */
    public boolean isCanPrint() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.WAREHOUSE);
    }

    public int getMost() {
        return TickedOrders.MOST;
    }

    public List<OrderView.Summary> getSelection() { return selection; }
    public void setSelection(List<OrderView.Summary> selection) { this.selection = selection; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<Line> getReport() { return report; }
}
