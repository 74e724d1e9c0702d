package com.renewalpost.fulfilment.support;

import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.Text;
import com.renewalpost.fulfilment.platform.Verbatim;
import com.renewalpost.fulfilment.printing.PrintRunRequest;
import com.renewalpost.fulfilment.printing.PrintRunMaking;
import com.renewalpost.fulfilment.printing.PrintRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One act on the orders ticked in the list, each order on its own (its own transaction, audited as
 * the single act is), so that one refused order does not undo the others; what happened to each
 * is reported. At most {@link #MOST} orders at a time. The caller checks the role.
 */
@ApplicationScoped
public class TickedOrders {

    /** The most orders one act takes: a page of the list at its largest. */
    public static final int MOST = 100;

    /** What happened to one ticked order. */
    public record Outcome(String orderNumber, boolean done, Text what) implements Serializable {
    }

    @Inject
    OrderActions actions;
    @Inject
    PrintRuns printRuns;
    @Inject
    PrintRunMaking printRunMaking;

    public List<Outcome> hold(List<String> numbers, String reason, String actor) {
        var why = OrderActions.reason(reason);
        return each(numbers, number -> actions.hold(number, why, actor), Message.of("support.bulk.held"));
    }

    public List<Outcome> release(List<String> numbers, String reason, String actor) {
        var why = OrderActions.reason(reason);
        return each(numbers, number -> actions.release(number, why, actor), Message.of("support.bulk.released"));
    }

    /** The ticked orders in a new print run, in the order ticked; each line of the run says what became of its order. */
    public List<Outcome> print(List<String> numbers, String actor, Locale locale) {
        var chosen = checked(numbers);
        var runId = printRunMaking.create(new PrintRunRequest(chosen, null, null), actor);
        var run = printRuns.view(runId, locale);
        return run.lines().stream().map(line -> "PRINTED".equals(line.outcome())
                ? new Outcome(line.orderNumber(), true, Message.of("support.bulk.printed", run.name()))
                : new Outcome(line.orderNumber(), false, new Verbatim(line.reason() == null ? line.outcome() : line.reason()))).toList();
    }

    private List<Outcome> each(List<String> numbers, Consumer<OrderNumber> act, Message done) {
        List<Outcome> outcomes = new ArrayList<>();
        for (var typed : checked(numbers)) {
            var number = OrderNumber.parse(typed);
            if (number.isEmpty()) {
                outcomes.add(new Outcome(typed, false, Message.of("order.notANumber", typed)));
                continue;
            }
            try {
                act.accept(number.get());
                outcomes.add(new Outcome(typed, true, done));
            } catch (DomainException refused) {
                outcomes.add(new Outcome(typed, false, refused.detail()));
            }
        }
        return outcomes;
    }

    /** The ticked numbers, each once, in the order ticked; refused when none or too many. */
    static List<String> checked(List<String> numbers) {
        var distinct = new LinkedHashSet<>(numbers == null ? List.<String>of() : numbers);
        if (distinct.isEmpty()) {
            throw DomainException.invalid("nothing-ticked", Message.of("support.bulk.none"));
        }
        if (distinct.size() > MOST) {
            throw DomainException.invalid("too-many-ticked",
                    Message.of("support.bulk.tooMany", distinct.size(), MOST));
        }
        return List.copyOf(distinct);
    }
}
