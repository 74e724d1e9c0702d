package com.renewalpost.fulfilment.orders;

/**
 * What order entry asks of a scanned renewal form: the renewal it stands for, filled in from the order it was printed
 * with. Declared here, where order entry lives, and answered by {@code renewal}, which knows the forms: the
 * dependency stays renewal → orders.
 */
public interface ScannedRenewalForms {

    /**
     * A scanned form's renewal: the order request, its external reference the form's own (so the same form saved
     * twice is one order), and the order the form was printed with (which the renewal is bound to resemble).
     */
    record Renewal(OrderRequest request, OrderNumber printedWith) {
    }

    /**
     * The renewal a form asks for, to check and complete (the payment, the customer's changes) and save.
     *
     * @throws com.renewalpost.fulfilment.platform.DomainException (not found) for a reference never issued
     */
    Renewal renewalFrom(String scanned);
}
