package com.renewalpost.fulfilment.dispatch;

import com.renewalpost.fulfilment.platform.Actor;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.PageMessages;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import com.renewalpost.fulfilment.staff.PageRoles;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;

/**
 * The day's posting in the browser: open a dispatch, scan packed items into it (each priced from
 * the tariff), close it (the items become POSTED) and download its manifest for the clerk to
 * sign. Everything goes through {@link Dispatches}, as the REST API does.
 */
@Named
@ViewScoped
public class PostingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Packed items listed as waiting; more are counted, not listed. */
    static final int WAITING_SHOWN = 200;

    /** How the last scan ended. */
    public record Result(boolean added, String message, String scanned) implements Serializable {
    }

    @Inject
    Dispatches dispatches;
    @Inject
    WarehouseCalendar calendar;

    private Long dispatchId;
    private String postOffice;
    private Result result;
    private transient List<Dispatches.DispatchView> today;
    private transient Dispatches.DispatchView dispatch;
    private transient List<Dispatches.Waiting> waiting;

    @PostConstruct
    void init() {
        // carry on with today's open dispatch, if there is one
        dispatchId = getToday().stream().filter(d -> d.status().equals(Dispatch.Status.OPEN.name()))
                .reduce((first, second) -> second).map(Dispatches.DispatchView::id).orElse(null);
    }

    public void open() {
        if (!PageRoles.holdsAny(Roles.WAREHOUSE)) {
            return;
        }
        try {
            dispatchId = dispatches.open(new Dispatches.OpenRequest(postOffice), Actor.ofPage()).id();
            postOffice = null;
            result = null;
            forget();
        } catch (DomainException refused) {
            PageMessages.problem(refused);
        }
    }

    public void choose(long id) {
        dispatchId = id;
        result = null;
        forget();
    }

    /** One scan (request parameter {@code code}): the order or tracking number of a packed item. */
    public void scan() {
        if (!PageRoles.holdsAny(Roles.WAREHOUSE)) {
            return;
        }
        var typed = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        var scanned = typed == null ? "" : typed.strip();
        if (dispatchId == null || scanned.isEmpty()) {
            return;
        }
        try {
            var item = dispatches.add(dispatchId, scanned, Actor.ofPage());
            result = new Result(true, MessageFormat.format(text("post.added"), item.orderNumber(),
                    item.postage().toPlainString(), item.currency()), scanned);
        } catch (DomainException refused) {
            result = new Result(false, refused.detail().in(PageMessages.locale()), scanned);
        }
        forget();
    }

    public void remove(String orderNumber) {
        if (!PageRoles.holdsAny(Roles.WAREHOUSE)) {
            return;
        }
        try {
            dispatches.remove(dispatchId, new OrderNumber(orderNumber));
            result = null;
        } catch (DomainException refused) {
            PageMessages.problem(refused);
        }
        forget();
    }

    public void close() {
        if (!PageRoles.holdsAny(Roles.WAREHOUSE)) {
            return;
        }
        try {
            var closed = dispatches.close(dispatchId, Actor.ofPage());
            result = null;
            PageMessages.done(MessageFormat.format(text("post.closed"), String.valueOf(closed.id()), closed.items().size()));
        } catch (DomainException refused) {
            PageMessages.problem(refused);
        }
        forget();
    }

    public List<Dispatches.DispatchView> getToday() {
        if (today == null) {
            today = dispatches.onDate(calendar.today(), PageRequest.first(PageRequest.MAX_SIZE));
        }
        return today;
    }

    public Dispatches.DispatchView getDispatch() {
        if (dispatch == null && dispatchId != null) {
            dispatch = dispatches.view(dispatchId);
        }
        return dispatch;
    }

    public boolean isOpen() {
        return getDispatch() != null && getDispatch().status().equals(Dispatch.Status.OPEN.name());
    }

    public List<Dispatches.Waiting> getWaiting() {
        if (waiting == null) {
            waiting = dispatches.awaitingDispatch(WAITING_SHOWN);
        }
        return waiting;
    }

    /** Where the manifest of the chosen (closed) dispatch downloads. */
    public String manifest(String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/dispatches/"
                + dispatchId + "/manifest." + format;
    }

    private void forget() {
        today = null;
        dispatch = null;
        waiting = null;
    }

    private static String text(String key) {
        var context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "wh").getString(key);
    }

    public Long getDispatchId() { return dispatchId; }
    public String getPostOffice() { return postOffice; }
    public void setPostOffice(String postOffice) { this.postOffice = postOffice; }
    public Result getResult() { return result; }
}
