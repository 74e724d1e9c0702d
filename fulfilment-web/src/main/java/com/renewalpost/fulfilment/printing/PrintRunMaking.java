package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.Orders;
import com.renewalpost.fulfilment.orders.PrintQueue;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.shipping.TrackingNumbersExhausted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * Making a print run: the selection checked, the run opened, its orders printed one by one (each
 * line by {@link RunPrinting} in a transaction of its own), the run completed and timed.
 */
@ApplicationScoped
public class PrintRunMaking {

    private static final Logger LOG = Logger.getLogger(PrintRunMaking.class.getName());
    /** How many times opening a run may meet another's number of the day before it gives up. */
    private static final int OPEN_ATTEMPTS = 10;

    /**
     * Told as a run is made, so that a page can show how far a run of hundreds has come. Called
     * on the thread making the run.
     */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        /** The run is open and will print this many orders. */
        default void started(long runId, int orders) {
        }

        /** One more selected order is done (printed, held or skipped). */
        default void done(int line) {
        }
    }

    @Inject
    RunPrinting printing;
    @Inject
    PrintQueue queue;
    @Inject
    Orders orders;
    @Inject
    PrintRunTimer timer;
    @Inject
    @ConfigProperty(name = "fulfilment.print-run.max-orders", defaultValue = "2000")
    int maxOrders;

    /**
     * Makes and prints a run; returns its id. Each order is printed in its own transaction, in
     * the order of the selection; an order that cannot get a code or a tracking number goes
     * ON_HOLD with the reason and the run goes on. Its duration, from selection to the last
     * order, goes to the print-run timer at /metrics.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long create(PrintRunRequest request, String actor) {
        return create(request, actor, Progress.NONE);
    }

    /** {@link #create(PrintRunRequest, String)}, telling {@code progress} how far it has come. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long create(PrintRunRequest request, String actor, Progress progress) {
        long started = System.nanoTime();
        var selected = select(request);
        var runId = open(describe(request, selected.size()), actor);
        progress.started(runId, selected.size());
        int line = 0;
        for (var number : selected) {
            line++;
            RunPrinting.Line outcome;
            try {
                outcome = printing.print(runId, line, number, actor);
            } catch (TrackingNumbersExhausted exhausted) {
                outcome = printing.hold(runId, line, number, actor, exhausted.text());
            }
            if (outcome.outcome() != PrintRunItem.Outcome.PRINTED) {
                var logged = outcome;
                LOG.info(() -> "Print run " + runId + ": " + logged.orderNumber() + " " + logged.outcome() + ", "
                        + logged.reason());
            }
            progress.done(line);
        }
        printing.complete(runId);
        // recorded here, not by @Timed: runs started from the staff page come through this method too
        timer.record(Duration.ofNanos(System.nanoTime() - started));
        return runId;
    }

    /**
     * Runs opened at the same moment may pick the same number of the day; the unique key refuses all but one, which
     * try again. Of n runs opened at once the last may lose n - 1 times (four runs on two instances lost three times
     * in the reliability test), so the bound is the number of runs a warehouse could start at one moment.
     */
    private long open(Message selection, String actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return printing.open(selection, actor);
            } catch (RuntimeException sameNumber) {
                if (attempt == OPEN_ATTEMPTS) {
                    throw sameNumber;
                }
            }
        }
    }

    private List<OrderNumber> select(PrintRunRequest request) {
        if (request == null) {
            throw badSelection();
        }
        int ways = (request.orderNumbers() != null ? 1 : 0) + (request.next() != null ? 1 : 0)
                + (Boolean.TRUE.equals(request.allReady()) ? 1 : 0);
        if (ways != 1) {
            throw badSelection();
        }
        List<OrderNumber> selected;
        if (request.orderNumbers() != null) {
            selected = given(request.orderNumbers());
        } else {
            if (request.next() != null && request.next() < 1) {
                throw DomainException.invalid("invalid-selection", Message.of("selection.next"));
            }
            // counted first, so that a queue of 50,000 is refused without being read
            long ready = queue.count();
            long wanted = request.next() != null ? Math.min(request.next(), ready) : ready;
            if (wanted > maxOrders) {
                throw tooLarge(wanted);
            }
            selected = queue.entries(0, (int) wanted).stream().map(e -> new OrderNumber(e.number())).toList();
        }
        if (selected.isEmpty()) {
            throw DomainException.conflict("nothing-to-print", Message.of("selection.nothing"));
        }
        if (selected.size() > maxOrders) {
            throw tooLarge(selected.size());
        }
        return selected;
    }

    private DomainException tooLarge(long selected) {
        return DomainException.invalid("run-too-large", Message.of("selection.tooLarge", selected, maxOrders));
    }

    private List<OrderNumber> given(List<String> typed) {
        List<DomainException.FieldError> errors = new ArrayList<>();
        var numbers = new LinkedHashSet<OrderNumber>();
        for (int i = 0; i < typed.size(); i++) {
            var parsed = OrderNumber.parse(typed.get(i));
            if (parsed.isEmpty()) {
                errors.add(new DomainException.FieldError("orderNumbers[" + i + "]",
                        Message.of("order.notANumber", typed.get(i))));
            } else if (orders.byNumber(parsed.get()).isEmpty()) {
                errors.add(new DomainException.FieldError("orderNumbers[" + i + "]",
                        Message.of("order.unknown", parsed.get())));
            } else {
                numbers.add(parsed.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "invalid-selection",
                    Message.of("selection.numbersNeedAttention", errors.size()), null, errors);
        }
        return List.copyOf(numbers);
    }

    private static DomainException badSelection() {
        return DomainException.invalid("invalid-selection", Message.of("selection.exactlyOne"));
    }

    private static Message describe(PrintRunRequest request, int count) {
        if (request.orderNumbers() != null) {
            return Message.of("selection.chosen", count);
        }
        return request.next() != null ? Message.of("selection.nextOfQueue", request.next(), count)
                : Message.of("selection.allReady", count);
    }
}
