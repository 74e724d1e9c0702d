/** The renewal cycle by post: each renewed line with its customer, orders and next expiry, the latest day to order the next card, order forms, renewal reminders with their unsubscribe link, and standing orders that renew a line by themselves. */
package com.renewalpost.fulfilment.renewal;
