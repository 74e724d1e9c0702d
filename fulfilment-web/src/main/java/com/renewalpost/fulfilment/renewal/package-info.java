/** The renewal cycle by post: lines and their next expiry, the latest day to order, renewal order forms. */
package com.renewalpost.fulfilment.renewal;
