/** Printing: print runs (selection, code and tracking-number allocation, PRINTED), their documents from label-printing, byte-identical on every download, and audited reprints. */
package com.renewalpost.fulfilment.printing;
