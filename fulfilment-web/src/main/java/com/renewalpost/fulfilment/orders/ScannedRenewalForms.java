package com.renewalpost.fulfilment.orders;

/**
 * What order entry asks of a scanned renewal form: the renewal it stands for, filled in from the order it was printed
 * with. Declared here, where order entry lives, and answered by {@code renewal}, which knows the forms: the
 * dependency stays renewal → orders.
 */
public interface ScannedRenewalForms {

    /**
     * The renewal a form asks for, to check and complete (the payment, the customer's changes) and save.
     *
     * @throws com.renewalpost.fulfilment.platform.DomainException (not found) for a reference never issued
     */
    OrderRequest renewalFrom(String scanned);
}
