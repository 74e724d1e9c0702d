/**
 * Cross-cutting plumbing: datasource, schema migration, clock (and "now" in UTC), REST application, the role names,
 * the warehouse's calendar, the printing settings (sender, paper),
 * problem details and the domain refusal ({@code DomainException}) they are made from, health, and the
 * server's messages (keys of {@code ui/messages} with arguments), worded in the reader's language.
 * The base of the application: it imports no business package (ArchitectureTest). Business start-up
 * steps observe {@code DatabaseReady}; business refusals extend {@code DomainException}.
 */
package com.renewalpost.fulfilment.platform;
