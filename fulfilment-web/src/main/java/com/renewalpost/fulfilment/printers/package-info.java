/**
 * Label printers on the network: thermal printers that take ZPL on raw TCP port 9100, configured by
 * admins (audited), one chosen per packing station, a test label, and a print run's labels sent
 * straight to the station's printer with bounded connect and write times.
 */
package com.renewalpost.fulfilment.printers;
