package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.MessageColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/** A batch of letters and labels printed together, named by its date and number of the day: "2026-03-05 #2". */
@Entity
@Table(name = "print_run")
public class PrintRun {

    @Id
    @SequenceGenerator(name = "print_run_seq", sequenceName = "print_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "print_run_seq")
    private Long id;

    @Column(name = "run_date")
    private LocalDate runDate;

    @Column(name = "day_number")
    private int dayNumber;

    /** What was selected, in English. */
    private String selection;

    /** The same as the system worded it, for each reader's language (null before V15). */
    @Convert(converter = MessageColumn.class)
    @Column(name = "selection_message")
    private Message selectionMessage;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Version
    private long version;

    protected PrintRun() {
    }

    PrintRun(LocalDate runDate, int dayNumber, Message selection, OffsetDateTime createdAt, String createdBy) {
        this.runDate = runDate;
        this.dayNumber = dayNumber;
        this.selection = selection.toString();
        this.selectionMessage = selection;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void completed(OffsetDateTime at) {
        this.completedAt = at;
    }

    public String name() {
        return runDate + " #" + dayNumber;
    }

    public Long id() { return id; }
    public LocalDate runDate() { return runDate; }
    public int dayNumber() { return dayNumber; }
    public String selection() { return selection; }
    /** What was selected, in the reader's language. */
    public String selection(Locale locale) { return selectionMessage != null ? selectionMessage.in(locale) : selection; }
    public OffsetDateTime createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Optional<OffsetDateTime> completedAt() { return Optional.ofNullable(completedAt); }
}
