/** Shipping: the letter on its way (shipment), its UPU S10 tracking number, the configured S10 ranges and the register of issued numbers. */
package com.renewalpost.fulfilment.shipping;
