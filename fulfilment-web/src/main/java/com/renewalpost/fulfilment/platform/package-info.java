/**
 * Cross-cutting plumbing: datasource, schema migration, clock, REST application, problem details, health,
 * and the server's messages (keys of {@code ui/messages} with arguments), worded in the reader's language.
 */
package com.renewalpost.fulfilment.platform;
