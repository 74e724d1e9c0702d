/**
 * Where is the letter? Carrier tracking events in (a signed webhook, a carrier's CSV export,
 * support's manual events), one normalised status per shipment derived from all its events
 * whatever their order of arrival, the order following its shipment (delivered, returned, lost),
 * reships of lost and returned letters with the exposed code voided, delivery standards learned
 * from tracked deliveries, and the customers' public tracking page ({@code CustomerTracking}, behind the
 * orders' one public lookup check).
 */
package com.renewalpost.fulfilment.tracking;
