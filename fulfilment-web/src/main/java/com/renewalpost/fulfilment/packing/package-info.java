/** Packing: scan-to-pack at packing stations (letter barcode, then label barcode, same order or refused), mismatches recorded per run and station, pre-printed tracking labels attached. */
package com.renewalpost.fulfilment.packing;
