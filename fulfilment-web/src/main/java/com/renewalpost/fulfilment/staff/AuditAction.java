package com.renewalpost.fulfilment.staff;

/** The sensitive acts the audit log records. */
public enum AuditAction {
    LOGIN, LOGIN_FAILED, LOGIN_LOCKED, LOGIN_REFUSED, LOGOUT, PASSWORD_CHANGED,
    CODE_REVEALED, CODE_VOIDED, CODES_IMPORTED, REPRINT, SUPPORT_EMAIL, RESHIP, ORDER_NOTE,
    STAFF_CREATED, STAFF_CHANGED, STAFF_DISABLED, STAFF_UNLOCKED,
    API_KEY_CREATED, API_KEY_REVOKED, TARIFF_CHANGED, SETTINGS_CHANGED,
    PRODUCT_CREATED, PRODUCT_CHANGED,
    /** Letters (activation codes in clear) downloaded by the warehouse while their run is being packed. */
    LETTERS_DOWNLOADED,
    /** Letters downloaded by support or an admin after packing, with a reason. */
    LETTERS_REVEALED,
    /** A label printer added, changed or removed by an admin. */
    PRINTER_CREATED, PRINTER_CHANGED, PRINTER_REMOVED,
    /** The label printer of a packing station chosen (or taken away). */
    STATION_PRINTER_CHOSEN,
    /** Support's acts on an order: hold, release, cancel, corrections before printing. */
    ORDER_HELD, ORDER_RELEASED, ORDER_CANCELLED, ORDER_ADDRESS_CHANGED, ORDER_PRODUCT_CHANGED,
    /** The orders list downloaded as CSV (customers' data in bulk). */
    ORDERS_EXPORTED
}
