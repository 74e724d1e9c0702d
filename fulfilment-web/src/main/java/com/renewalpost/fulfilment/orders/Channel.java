package com.renewalpost.fulfilment.orders;

/** How the order reached us. */
public enum Channel {
    POST, WEB, MARKETPLACE
}
