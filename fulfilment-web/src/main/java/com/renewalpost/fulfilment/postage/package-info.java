/** Postage: postal services, delivery standards, postage zones and tariffs (service x zone x weight band), the postage of each item and the postage ledger. */
package com.renewalpost.fulfilment.postage;
