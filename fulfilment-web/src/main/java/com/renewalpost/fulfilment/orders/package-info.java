/**
 * Orders: the order aggregate, its one state machine and timeline, intake (REST, CSV), search, the print queue, and
 * the customers' public lookup by number and postcode ({@code PublicLookup}, constant-time).
 * Also the values other components need with an order: its postal service, the delivery standards that make it
 * due, its letter's tracking number; the one "unknown order" refusal; and {@code HeldCodes}, through which the
 * order's views read its activation code without depending on the codes component (which builds on orders).
 */
package com.renewalpost.fulfilment.orders;
