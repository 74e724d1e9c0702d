/** The activation letter: the customer's code, QR code, instructions and order barcode on one A4 or US Letter page. */
package com.renewalpost.labels.letter;
