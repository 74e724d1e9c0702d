/** Postage: postage zones and tariffs (service x zone x weight band), pricing each item (and, for the print queue, each service: ServicePrices answers orders.ServicePostage), and the postage ledger. Postal services and delivery standards are orders', the postage recorded on a shipment is shipping's. */
package com.renewalpost.fulfilment.postage;
