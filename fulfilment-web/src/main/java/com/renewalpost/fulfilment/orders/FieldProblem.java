package com.renewalpost.fulfilment.orders;

/** One thing wrong with one field of an order, said so that a person can fix it. */
public record FieldProblem(String field, String message) {
}
