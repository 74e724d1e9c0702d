/** The customer promise measured: the day each customer held their code against the plan's expiry, and why it lapsed. */
package com.renewalpost.fulfilment.promise;
