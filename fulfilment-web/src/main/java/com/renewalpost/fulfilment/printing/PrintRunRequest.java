package com.renewalpost.fulfilment.printing;

import java.util.List;

/**
 * Which orders a new run prints; exactly one of: the given order numbers (in that order), the
 * next N of the queue (most urgent first), or every order ready to print.
 */
public record PrintRunRequest(List<String> orderNumbers, Integer next, Boolean allReady) {
}
