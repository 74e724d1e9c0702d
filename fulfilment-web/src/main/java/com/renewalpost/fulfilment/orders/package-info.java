/**
 * Orders: the order aggregate, its one state machine and timeline, intake (REST, CSV), search, the print queue, and
 * the customers' public lookup by number and postcode ({@code PublicLookup}, constant-time). */
package com.renewalpost.fulfilment.orders;
