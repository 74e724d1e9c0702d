/** A day's print run: letters, labels (PDF and ZPL) and the packing list, written side by side in the same order as streams. */
package com.renewalpost.labels.run;
