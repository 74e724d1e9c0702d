/** Barcodes encoded by ZXing and drawn as vector rectangles: QR codes for activation codes, Code 128 for order and tracking numbers. */
package com.renewalpost.labels.barcode;
