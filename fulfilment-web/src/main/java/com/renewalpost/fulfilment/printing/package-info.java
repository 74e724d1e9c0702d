/**
 * Printing: print runs (selection, code and tracking-number allocation, PRINTED), their documents from label-printing,
 * byte-identical on every download, and audited reprints. Made by {@code PrintRunMaking} (each line its own
 * transaction, {@code RunPrinting}), read by {@code PrintRuns}, reprinted by {@code Reprints}, timed by {@code PrintRunTimer}.
 * The sender and paper settings they use are platform's {@code PrintingSettings}.
 */
package com.renewalpost.fulfilment.printing;
