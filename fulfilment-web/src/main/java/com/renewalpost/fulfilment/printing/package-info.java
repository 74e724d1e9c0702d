/** Printing: print runs (selection, code and tracking-number allocation, PRINTED), their documents from label-printing, byte-identical on every download, and audited reprints. The sender and paper settings they use are platform's PrintingSettings. */
package com.renewalpost.fulfilment.printing;
