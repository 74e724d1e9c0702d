/** The print-run benchmark (run with the Maven profile {@code bench}), not a test. */
package com.renewalpost.labels.bench;
