/** Demo data for a first look at the back office: products, code stock and orders in every state. */
package com.renewalpost.fulfilment.demo;
