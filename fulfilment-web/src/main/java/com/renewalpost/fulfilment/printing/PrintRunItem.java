package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.MessageColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.Locale;

/**
 * One line of a run: a selected order and what became of it. Written once. The tracking number
 * is the one printed on the label, so the run's documents stay the same even if a pre-printed
 * label is attached later.
 */
@Entity
@Table(name = "print_run_item")
public class PrintRunItem {

    public enum Outcome {
        /** Code allocated, tracking number issued where the service needs one, order PRINTED. */
        PRINTED,
        /** Could not be printed (no code, no tracking number): the order went ON_HOLD with the reason. */
        HELD,
        /** No longer queued when the run reached it (printed by another run, cancelled, held). */
        SKIPPED
    }

    @Id
    @SequenceGenerator(name = "print_run_item_seq", sequenceName = "print_run_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "print_run_item_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "print_run_id")
    private PrintRun run;

    private int line;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    /** Why the line was held or skipped, in English. */
    private String reason;

    /** The same as the system worded it, for each reader's language (null before V15). */
    @Convert(converter = MessageColumn.class)
    @Column(name = "reason_message")
    private Message reasonMessage;

    @Column(name = "tracking_number")
    private String trackingNumber;

    protected PrintRunItem() {
    }

    PrintRunItem(PrintRun run, int line, Order order, Outcome outcome, Message reason, String trackingNumber) {
        this.run = run;
        this.line = line;
        this.order = order;
        this.outcome = outcome;
        this.reason = reason == null ? null : reason.toString();
        this.reasonMessage = reason;
        this.trackingNumber = trackingNumber;
    }

    public PrintRun run() { return run; }
    public int line() { return line; }
    public Order order() { return order; }
    public Outcome outcome() { return outcome; }
    public String reason() { return reason; }
    /** Why, in the reader's language where the system worded it. */
    public String reason(Locale locale) { return reasonMessage != null ? reasonMessage.in(locale) : reason; }
    public String trackingNumber() { return trackingNumber; }
}
