package com.renewalpost.mail;

/** What a renewal card carries: an eSIM profile to download, or a top-up voucher PIN for an existing line. */
public enum CodeKind {
    ESIM_PROFILE,
    VOUCHER
}
