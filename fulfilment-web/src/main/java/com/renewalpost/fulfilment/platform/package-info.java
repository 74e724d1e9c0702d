/** Cross-cutting plumbing: datasource, schema migration, clock, REST application, problem details, health. */
package com.renewalpost.fulfilment.platform;
