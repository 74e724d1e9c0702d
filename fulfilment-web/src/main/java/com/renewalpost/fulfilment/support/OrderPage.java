package com.renewalpost.fulfilment.support;

import com.renewalpost.fulfilment.platform.Actor;
import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.codes.CodeReveals;
import com.renewalpost.fulfilment.notifications.EmailView;
import com.renewalpost.fulfilment.notifications.EmailQueue;
import com.renewalpost.fulfilment.notifications.OrderEmails;
import com.renewalpost.fulfilment.orders.OrderDetails;
import com.renewalpost.fulfilment.orders.OrderNotes;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderRequest;
import com.renewalpost.fulfilment.orders.OrderSearch;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.OrderView;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.PageMessages;
import com.renewalpost.fulfilment.printing.OrderPrintRuns;
import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import com.renewalpost.fulfilment.platform.Roles;
import com.renewalpost.fulfilment.tracking.OrderLetters;
import com.renewalpost.fulfilment.tracking.Reships;
import com.renewalpost.fulfilment.tracking.TrackingEvents;
import com.renewalpost.fulfilment.tracking.TrackingStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The order page ({@code /staff/order.xhtml?number=RP-...}): everything about one order for every
 * staff member, and support's actions on it for SUPPORT and ADMIN only — checked here as well as
 * by the control classes behind them (a hidden button is no protection). A warehouse user never
 * gets the code, not even masked. A revealed code lives only in the answer to the reveal (the
 * request's attributes): it is in no URL, in no view state, and gone at the next request.
 */
@Named
@ViewScoped
public class OrderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the revealed code waits for the one response that shows it. */
    static final String REVEALED_CODE = "revealedCode";

    @Inject
    OrderDetails details;
    @Inject
    OrderLetters letters;
    @Inject
    OrderPrintRuns printRuns;
    @Inject
    OrderEmails orderEmails;
    @Inject
    EmailQueue emailQueue;
    @Inject
    Reships reships;
    @Inject
    CodeReveals reveals;
    @Inject
    OrderNotes notes;
    @Inject
    TrackingEvents trackingEvents;
    @Inject
    WarehouseCalendar calendar;
    @Inject
    OrderActions actions;
    @Inject
    Catalogue catalogue;

    private String number;
    private OrderView order;
    private OrderLetters.OrderTracking tracking;
    private List<EmailView> emails = List.of();
    private List<OrderPrintRuns.Printing> printings = List.of();
    private String replacement;
    private String original;
    private String typed;

    private String revealReason;
    private String emailReason;
    private String noteText;
    private String lostReason;
    private String returnedReason;
    private String reshipReason;
    private TrackingStatus eventStatus;
    private LocalDateTime eventAt;
    private String eventReason;

    private String holdReason;
    private String releaseReason;
    private String cancelReason;
    private String changeReason;
    private String productReason;
    private String productSku;
    /** The address form, filled with the order's address (at most two street lines, as order entry keys them). */
    private String organisation;
    private String street1;
    private String street2;
    private String locality;
    private String city;
    private String region;
    private String postcode;
    private String country;

    @PostConstruct
    void init() {
        typed = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("number");
        var parsed = OrderSearch.looseNumber(typed == null ? "" : typed);
        if (parsed.isEmpty()) {
            return;
        }
        number = parsed.get().value();
        try {
            read();
        } catch (DomainException unknown) {
            number = null;
        }
    }

    private void read() {
        var orderNumber = new OrderNumber(number);
        order = details.view(orderNumber, PageMessages.locale());
        tracking = letters.of(orderNumber);
        printings = printRuns.of(orderNumber);
        replacement = reships.replacementOf(orderNumber).orElse(null);
        original = reships.originalOf(orderNumber).orElse(null);
        emails = isSupport() ? orderEmails.emailsOf(orderNumber) : List.of();
        var a = order.address();
        organisation = a.organisation();
        street1 = a.streetLines().isEmpty() ? null : a.streetLines().get(0);
        street2 = a.streetLines().size() < 2 ? null : String.join(", ", a.streetLines().subList(1, a.streetLines().size()));
        locality = a.dependentLocality();
        city = a.city();
        region = a.region();
        postcode = a.postcode();
        country = a.country();
        productSku = order.product().sku();
    }

    // ---- support's actions ----

    /** Shows the code once, for the stated reason (audited by {@link CodeReveals}). */
    public void revealCode() {
        if (refusedToNonSupport()) {
            return;
        }
        try {
            var code = reveals.reveal(new OrderNumber(number), revealReason, Actor.ofPage());
            FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(REVEALED_CODE, code);
            revealReason = null;
        } catch (DomainException e) {
            PageMessages.problem(e);
            shownNow();
        }
    }

    public String sendCodeByEmail() {
        return act(() -> {
            emailQueue.queueBySupport(new OrderNumber(number), emailReason, Actor.ofPage());
            return text("detail.email.done");
        });
    }

    public String addNote() {
        return act(() -> {
            notes.add(new OrderNumber(number), noteText, Actor.ofPage());
            return text("detail.note.done");
        });
    }

    public String markLost() {
        return act(() -> {
            trackingEvents.recordManual(new OrderNumber(number), TrackingStatus.LOST, null, lostReason, Actor.ofPage());
            return text("detail.lost.done");
        });
    }

    public String markReturned() {
        return act(() -> {
            trackingEvents.recordManual(new OrderNumber(number), TrackingStatus.RETURNED_TO_SENDER, null,
                    returnedReason, Actor.ofPage());
            return text("detail.returned.done");
        });
    }

    public String reship() {
        return act(() -> {
            var outcome = reships.reship(new OrderNumber(number), reshipReason, Actor.ofPage());
            return text("detail.reship.done") + " " + outcome.replacementNumber();
        });
    }

    public String hold() {
        return act(() -> {
            actions.hold(new OrderNumber(number), holdReason, Actor.ofPage());
            return text("detail.hold.done");
        });
    }

    public String release() {
        return act(() -> {
            actions.release(new OrderNumber(number), releaseReason, Actor.ofPage());
            return text("detail.release.done");
        });
    }

    /** Cancels before posting; the message says what became of the code. */
    public String cancel() {
        return act(() -> {
            var cancelled = actions.cancel(new OrderNumber(number), cancelReason, Actor.ofPage());
            return text("detail.cancel.done." + cancelled.code());
        });
    }

    public String changeAddress() {
        return act(() -> {
            var street = new ArrayList<String>();
            for (var line : Arrays.asList(street1, street2)) {
                if (line != null && !line.isBlank()) {
                    street.add(line);
                }
            }
            actions.changeAddress(new OrderNumber(number), new OrderRequest.Address(organisation, street, locality,
                    city, region, postcode, country), changeReason, Actor.ofPage());
            return text("detail.address.done");
        });
    }

    public String changeProduct() {
        return act(() -> {
            actions.changeProduct(new OrderNumber(number), productSku, productReason, Actor.ofPage());
            return text("detail.product.done");
        });
    }

    public boolean isCanHold() {
        return isSupport() && status() != null && status().canBecome(OrderStatus.ON_HOLD);
    }

    public boolean isCanRelease() {
        return isSupport() && status() == OrderStatus.ON_HOLD;
    }

    public boolean isCanCancel() {
        return isSupport() && status() != null && status().canBecome(OrderStatus.CANCELLED);
    }

    /** Address and product change only before printing. */
    public boolean isCanChange() {
        return isSupport() && status() != null && status().isBeforePrinting();
    }

    /** The products on sale, for the product change. */
    public List<Product> getProducts() {
        return catalogue.all().stream().filter(Product::active).toList();
    }

    /** A tracking event by hand; the time is the warehouse's local time, now when left empty. */
    public String recordEvent() {
        return act(() -> {
            if (eventStatus == null) {
                PageMessages.refusedField("event:status", text("detail.event.statusRequired"));
                shownNow();
                return null;
            }
            var at = eventAt == null ? null
                    : eventAt.atZone(calendar.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
            trackingEvents.recordManual(new OrderNumber(number), eventStatus, at, eventReason, Actor.ofPage());
            return text("detail.event.done");
        });
    }

    /**
     * Runs one action for support: on success a confirmation and a fresh page (post-redirect-get,
     * so a reload repeats nothing); on refusal the reasons, and the form keeps what was typed.
     */
    private String act(Supplier<String> action) {
        if (refusedToNonSupport()) {
            return null;
        }
        try {
            var done = action.get();
            if (done == null) {
                return null;
            }
            PageMessages.done(done);
            return "/staff/order.xhtml?faces-redirect=true&number=" + number;
        } catch (DomainException e) {
            PageMessages.problem(e);
            shownNow();
            return null;
        }
    }

    private boolean refusedToNonSupport() {
        if (number == null || !isSupport()) {
            PageMessages.refused(text("detail.notAllowed"));
            shownNow();
            return true;
        }
        return false;
    }

    /**
     * The answer is this page, not a redirect: its messages are shown now and must not come back
     * on the next page (PageMessages keeps them for a post-redirect-get).
     */
    static void shownNow() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
    }

    // ---- what the page shows ----

    public boolean isFound() {
        return order != null;
    }

    public boolean isSupport() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.SUPPORT) || external.isUserInRole(Roles.ADMIN);
    }

    /** Item documents download through the print-run API, which is the warehouse's. */
    public boolean isWarehouse() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.WAREHOUSE);
    }

    public boolean isCodeAllocated() {
        return order != null && order.maskedCode() != null;
    }

    /** The masked code, for support only: the warehouse sees whether there is a code, not any of it. */
    public String getMaskedCode() {
        return isSupport() && order != null ? order.maskedCode() : null;
    }

    public String getRevealedCode() {
        return isSupport() ? (String) FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(REVEALED_CODE) : null;
    }

    public boolean isCanRevealCode() {
        return isSupport() && isCodeAllocated();
    }

    public boolean isCanEmailCode() {
        return isSupport() && isCodeAllocated() && status() != OrderStatus.CANCELLED;
    }

    public boolean isCanMarkLost() {
        return isCanRecordEvent() && status() == OrderStatus.POSTED;
    }

    public boolean isCanMarkReturned() {
        return isCanRecordEvent() && (status() == OrderStatus.POSTED || status() == OrderStatus.LOST);
    }

    public boolean isCanReship() {
        return isSupport() && replacement == null
                && (status() == OrderStatus.LOST || status() == OrderStatus.RETURNED);
    }

    /** Tracking events (and so lost and returned) concern a letter: an order without one has none. */
    public boolean isCanRecordEvent() {
        return isSupport() && tracking != null && !tracking.letters().isEmpty();
    }

    public List<TrackingStatus> getTrackingStatuses() {
        return Arrays.asList(TrackingStatus.values());
    }

    private OrderStatus status() {
        return order == null ? null : OrderStatus.valueOf(order.status());
    }

    private static String text(String key) {
        var context = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle("ui.orders", context.getViewRoot().getLocale()).getString(key);
    }

    public String getNumber() { return number; }
    public String getTyped() { return typed; }
    public OrderView getOrder() { return order; }
    public OrderLetters.OrderTracking getTracking() { return tracking; }
    public List<EmailView> getEmails() { return emails; }
    public List<OrderPrintRuns.Printing> getPrintings() { return printings; }
    public String getReplacement() { return replacement; }
    public String getOriginal() { return original; }

    public String getRevealReason() { return revealReason; }
    public void setRevealReason(String revealReason) { this.revealReason = revealReason; }
    public String getEmailReason() { return emailReason; }
    public void setEmailReason(String emailReason) { this.emailReason = emailReason; }
    public String getNoteText() { return noteText; }
    public void setNoteText(String noteText) { this.noteText = noteText; }
    public String getLostReason() { return lostReason; }
    public void setLostReason(String lostReason) { this.lostReason = lostReason; }
    public String getReturnedReason() { return returnedReason; }
    public void setReturnedReason(String returnedReason) { this.returnedReason = returnedReason; }
    public String getReshipReason() { return reshipReason; }
    public void setReshipReason(String reshipReason) { this.reshipReason = reshipReason; }
    public TrackingStatus getEventStatus() { return eventStatus; }
    public void setEventStatus(TrackingStatus eventStatus) { this.eventStatus = eventStatus; }
    public LocalDateTime getEventAt() { return eventAt; }
    public void setEventAt(LocalDateTime eventAt) { this.eventAt = eventAt; }
    public String getEventReason() { return eventReason; }
    public void setEventReason(String eventReason) { this.eventReason = eventReason; }

    public String getHoldReason() { return holdReason; }
    public void setHoldReason(String holdReason) { this.holdReason = holdReason; }
    public String getReleaseReason() { return releaseReason; }
    public void setReleaseReason(String releaseReason) { this.releaseReason = releaseReason; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public String getChangeReason() { return changeReason; }
    public void setChangeReason(String changeReason) { this.changeReason = changeReason; }
    public String getProductReason() { return productReason; }
    public void setProductReason(String productReason) { this.productReason = productReason; }
    public String getProductSku() { return productSku; }
    public void setProductSku(String productSku) { this.productSku = productSku; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getStreet1() { return street1; }
    public void setStreet1(String street1) { this.street1 = street1; }
    public String getStreet2() { return street2; }
    public void setStreet2(String street2) { this.street2 = street2; }
    public String getLocality() { return locality; }
    public void setLocality(String locality) { this.locality = locality; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
}
