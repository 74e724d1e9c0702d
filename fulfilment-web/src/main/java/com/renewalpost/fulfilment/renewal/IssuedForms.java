package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.catalogue.ProductWording;
import com.renewalpost.fulfilment.orders.Channel;
import com.renewalpost.fulfilment.orders.DeliveryStandards;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderRequest;
import com.renewalpost.fulfilment.orders.ScannedRenewalForms;
import com.renewalpost.fulfilment.printing.RenewalFormPages;
import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.labels.letter.RenewalFormContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The renewal forms printed with the letters: each order's form gets its reference when its letter is first printed
 * (the same at every reprint), says what the customer renews at what price and by which day to post it, and, scanned
 * at order entry, gives back the order it was printed for as a new order to check and save.
 */
@ApplicationScoped
@Transactional
public class IssuedForms implements ScannedRenewalForms, RenewalFormPages {

    /** Orders whose forms are read in one query. */
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    DeliveryStandards standards;
    @Inject
    RenewalTimetable timetable;
    @Inject
    OrderForms orderForms;
    @Inject
    @ConfigProperty(name = "fulfilment.renewal.blank-form-weeks", defaultValue = "4")
    int postWeeksAhead;

    /** The order's form, issued now if its letter had none yet. */
    @Override
    public void issueFor(Order order) {
        if (of(order).isEmpty()) {
            em.persist(new IssuedForm(RenewalReference.next().value(), order, Clocks.now(clock)));
        }
    }

    public Optional<IssuedForm> of(Order order) {
        return em.createQuery("SELECT f FROM IssuedForm f WHERE f.order = :o", IssuedForm.class)
                .setParameter("o", order).getResultStream().findFirst();
    }

    /**
     * What the forms of these orders say, by order id, for the page after each letter; an order whose letter was
     * printed before forms were has none. The line's next expiry is the one the order brings; the latest day to post
     * is the one rule's ({@link RenewalTimetable}) for a customer who orders by post. Read at once for a whole run.
     */
    @Override
    public Map<Long, RenewalFormContent> contentsFor(List<Order> orders, Function<Order, ProductWording> wording) {
        Map<Long, RenewalFormContent> contents = new HashMap<>();
        if (orders.isEmpty()) {
            return contents;
        }
        var transits = RenewalTimetable.Transits.of(standards.all());
        Map<Long, Order> byId = new HashMap<>();
        orders.forEach(o -> byId.put(o.id(), o));
        var ids = List.copyOf(byId.keySet());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            for (Object[] row : em.createQuery("SELECT f.order.id, f.reference FROM IssuedForm f WHERE f.order.id IN :ids",
                    Object[].class).setParameter("ids", chunk).getResultList()) {
                var order = byId.get((Long) row[0]);
                contents.put(order.id(), content(order, (String) row[1], wording.apply(order), transits));
            }
        }
        return contents;
    }

    private RenewalFormContent content(Order order, String reference, ProductWording wording,
                                       RenewalTimetable.Transits transits) {
        var nextExpiry = NextExpiry.of(order.planExpiresOn(), order.product().planDays());
        var transit = transits.to(order.address().countryCode(), order.orderedPostalService());
        var latest = nextExpiry.map(expiry -> timetable.latestDayToOrder(expiry, transit, Channel.POST).date());
        return new RenewalFormContent(order.customer().language(), reference,
                order.address().toPostalAddress(order.customer().name()), order.customer().email(), lineOf(order),
                nextExpiry.orElse(null), pricesFor(order, wording), orderForms.payee(),
                latest.orElse(null), postWeeksAhead);
    }

    /**
     * The renewal a scanned (or typed) form asks for: the customer, address, line and product of the order it was
     * printed for, the plan's expiry as that order left it, by post. The payment is what staff record from the
     * envelope; the customer's changes, written on the form, they make before saving. The form's reference is the
     * order's external reference: the same form saved twice is one order.
     */
    @Override
    public Renewal renewalFrom(String scanned) {
        var form = RenewalReference.parse(scanned).flatMap(reference -> em.createQuery(
                        "SELECT f FROM IssuedForm f JOIN FETCH f.order o JOIN FETCH o.product WHERE f.reference = :r",
                        IssuedForm.class).setParameter("r", reference.value()).getResultStream().findFirst())
                .orElseThrow(() -> DomainException.notFound("unknown-renewal-form", Message.of("renewalForm.unknown")));
        var order = form.order();
        var customer = order.customer();
        var address = order.address();
        LocalDate nextExpiry = NextExpiry.of(order.planExpiresOn(), order.product().planDays()).orElse(null);
        return new Renewal(new OrderRequest(customer.name(), customer.nameLatin(), customer.email(), customer.phone(),
                customer.language(),
                new OrderRequest.Address(address.organisation(), address.streetLines(), address.dependentLocality(),
                        address.city(), address.region(), address.postcode(), address.countryCode()),
                order.product().sku(), order.line().iccid(), order.line().phone(), nextExpiry,
                order.orderedPostalService().name(), Channel.POST.name(), form.reference(), null, null), order.number());
    }

    /**
     * What the customer's form asks them to pay: the product's price in the currency they paid in last time, where it
     * is sold in it, and in its own currency; not every currency of the product (a list that could fill the page).
     */
    private static List<RenewalFormContent.Price> pricesFor(Order order, ProductWording wording) {
        var paidIn = order.payment() == null || order.payment().amount() == null ? null
                : order.payment().amount().currency();
        var own = order.product().price().currency();
        return OrderForms.prices(wording.name(), order.product()).stream()
                .filter(p -> p.currency().equals(own) || p.currency().equals(paidIn)).toList();
    }

    private static String lineOf(Order order) {
        return order.line().iccid() != null ? order.line().iccid() : order.line().phone();
    }

}
