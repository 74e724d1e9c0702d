/** Postage: postal services, delivery standards per destination and service. */
package com.renewalpost.fulfilment.postage;
