/** Payments by post after order entry: the day's bank deposit slip and the printed note asking for a balance. */
package com.renewalpost.fulfilment.payments;
