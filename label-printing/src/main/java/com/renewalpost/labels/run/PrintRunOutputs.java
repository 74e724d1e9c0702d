package com.renewalpost.labels.run;

import java.io.OutputStream;

/**
 * Where the documents of a print run go; null leaves that document out. The streams stay open after the run.
 *
 * @param letters     activation letters PDF
 * @param labels      shipping labels PDF (4x6 pages or sheets)
 * @param labelsZpl   shipping labels as ZPL II
 * @param packingList packing list PDF
 */
public record PrintRunOutputs(OutputStream letters, OutputStream labels, OutputStream labelsZpl, OutputStream packingList) {
}
