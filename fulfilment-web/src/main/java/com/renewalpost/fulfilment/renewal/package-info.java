/** Renewal: each renewed line with its customer, its orders and its plan's next expiry, and the latest day to order the next card. */
package com.renewalpost.fulfilment.renewal;
