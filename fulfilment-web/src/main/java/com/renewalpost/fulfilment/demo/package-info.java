/** Demo data for a first look at the back office: products, code stock and orders in every state, loaded into an empty database when it is ready and the demo is asked for. */
package com.renewalpost.fulfilment.demo;
