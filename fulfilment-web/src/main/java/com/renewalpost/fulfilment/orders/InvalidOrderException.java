package com.renewalpost.fulfilment.orders;

import java.util.List;

/** An order that cannot be accepted as sent, with every reason at once. */
public class InvalidOrderException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidOrderException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) with the order");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
