package com.renewalpost.labels.letter;

/** How the customer paid, as the letter's record names it in the customer's language. */
public enum PaidBy {
    CHEQUE, MONEY_ORDER, CARD, PAYPAL, ALIPAY, MARKETPLACE,
    /** A way of paying the letter has no word for: the record says only "paid". */
    OTHER
}
