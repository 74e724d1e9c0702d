package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.Text;

import java.io.Serializable;

/** One thing wrong with one field of an order, said so that a person can fix it (in their language). */
public record FieldProblem(String field, Text message) implements Serializable {
}
