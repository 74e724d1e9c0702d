package com.renewalpost.fulfilment.promise;

/**
 * Why a customer held their code only after the plan expired, or fewer than {@link PromiseRule#MARGIN_GOAL_DAYS}
 * days before (a shortfall), the first that applies in this order (an order that came too late was also printed late;
 * that is not the warehouse's fault).
 */
public enum LapseCause {
    /** The latest day to order (the renewal timetable for its destination, service and channel) had passed. */
    ORDERED_TOO_LATE,
    /** It left the print queue after its posting deadline (plan expiry − transit − queue margin). */
    PRINTED_LATE,
    /** The letter was marked lost and no code email came before the expiry. */
    LOST_LETTER,
    /** The code email went, but after the expiry, or never though the customer has an address: rules or settings. */
    EMAIL_TOO_LATE,
    /** The letter came late and no email could help: no email address, or the code email failed. */
    LETTER_LATE_WITHOUT_EMAIL
}
