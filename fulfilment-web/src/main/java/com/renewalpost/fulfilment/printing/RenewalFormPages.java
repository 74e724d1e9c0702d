package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.catalogue.ProductWording;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.labels.letter.RenewalFormContent;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The renewal form printed as each letter's second page. Declared here, where letters are printed, and answered by
 * {@code renewal}, which knows lines, forms and the latest day to order: the dependency goes renewal → printing.
 */
public interface RenewalFormPages {

    /** Gives the order's form its reference when its letter is first printed; a reprint keeps it. */
    void issueFor(Order order);

    /** What the forms of these orders say, by order id; an order whose letter was printed before forms were has none. */
    Map<Long, RenewalFormContent> contentsFor(List<Order> orders, Function<Order, ProductWording> wording);
}
