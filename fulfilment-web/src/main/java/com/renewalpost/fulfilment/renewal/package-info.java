/** The renewal cycle by post: each renewed line with its customer, orders and next expiry, the latest day to order the next card, order forms, and renewal reminders with their unsubscribe link. */
package com.renewalpost.fulfilment.renewal;
