/** The renewal cycle by post: each renewed line with its customer, orders and next expiry, the latest day to order the next card, and order forms. */
package com.renewalpost.fulfilment.renewal;
