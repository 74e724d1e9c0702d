/** Shipping: the letter on its way (shipment) and the postage paid for it, the configured UPU S10 ranges and the register of issued numbers (the number itself is orders' TrackingNumber). */
package com.renewalpost.fulfilment.shipping;
