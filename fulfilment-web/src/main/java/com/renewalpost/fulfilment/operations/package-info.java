/**
 * Running the back office: the MicroProfile Metrics an operator watches (print queue, outbox
 * backlog, failed emails, late letters, code stock, print-run durations), read from the database
 * so that every instance reports the same figures, and who may read them.
 */
package com.renewalpost.fulfilment.operations;
