/** Dispatch: the day's hand-over to the post office — packed items scanned in, postage totals, closing (POSTED, immutable) and the posting manifest as PDF and CSV. */
package com.renewalpost.fulfilment.dispatch;
