/**
 * Support's desk: the order page where staff read an order whole (fields, timeline, letters,
 * emails, documents) and where support acts on it (reveal the code, email it, notes, lost or
 * returned and reship, manual tracking events), through the same control classes as the REST API.
 */
package com.renewalpost.fulfilment.support;
