/** The catalogue: products (voucher top-ups and eSIM profiles) with their prices and customs facts. */
package com.renewalpost.fulfilment.catalogue;
