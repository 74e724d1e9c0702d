package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;

import java.util.List;

/** An order that cannot be accepted as sent, with every reason at once (400 {@code invalid-order}). */
public class InvalidOrderException extends DomainException {

    private final transient List<FieldProblem> problems;

    public InvalidOrderException(List<FieldProblem> problems) {
        super(Kind.INVALID, "invalid-order", Message.of("problem.fieldsNeedAttention", problems.size()),
                Message.of("problem.invalidOrder"),
                problems.stream().map(p -> new FieldError(p.field(), p.message())).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
