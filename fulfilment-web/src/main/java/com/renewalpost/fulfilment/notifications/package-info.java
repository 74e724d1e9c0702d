/**
 * Customer email: the outbox (rows written in the transaction of their cause, claimed and sent by
 * a worker over SMTP with retries), the delay and at-risk check that emails the activation code
 * when the post will not bring it in time, and support's hand-sent code email.
 */
package com.renewalpost.fulfilment.notifications;
