/**
 * Reliability tests (Maven profile {@code reliability}): real Payara Micro processes started from
 * the jar and the WAR, two at once on one PostgreSQL database, killed with SIGKILL in the middle
 * of print runs, email sending and order intake, and started again; the tests then count orders,
 * codes, print-run lines, emails and Message-IDs. Each class prints its figures
 * ({@code RELIABILITY | ...} lines, also in {@code target/reliability/figures.txt}).
 */
package com.renewalpost.fulfilment.reliability;
