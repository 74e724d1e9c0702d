/** The 4x6 in shipping label with its CN22 customs block, as PDF, as ZPL II for thermal printers, and two per sheet for offices without one. */
package com.renewalpost.labels.shipping;
