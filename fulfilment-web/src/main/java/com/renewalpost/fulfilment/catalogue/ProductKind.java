package com.renewalpost.fulfilment.catalogue;

/** What the letter carries: a top-up PIN for an existing line, or an eSIM profile activation code. */
public enum ProductKind {
    VOUCHER, ESIM_PROFILE
}
