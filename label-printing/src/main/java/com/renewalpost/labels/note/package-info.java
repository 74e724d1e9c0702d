/** A one-page printed note to a customer (e.g. a balance due), in their language and script. */
package com.renewalpost.labels.note;
