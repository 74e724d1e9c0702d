/**
 * Customer email: the outbox (rows written in the transaction of their cause, claimed and sent by
 * a worker over SMTP with retries), the delay and at-risk check that emails the activation code
 * when the post will not bring it in time, and support's hand-sent code email. One outbox table,
 * its Java split by job: {@link com.renewalpost.fulfilment.notifications.EmailQueue} queues,
 * {@link com.renewalpost.fulfilment.notifications.CodeEmailCandidates} is the check's query,
 * {@link com.renewalpost.fulfilment.notifications.EmailSending} the worker's steps,
 * {@link com.renewalpost.fulfilment.notifications.OrderEmails} support's reads and
 * {@link com.renewalpost.fulfilment.notifications.OutboxFigures} the figures and the mail-flow banner.
 */
package com.renewalpost.fulfilment.notifications;
