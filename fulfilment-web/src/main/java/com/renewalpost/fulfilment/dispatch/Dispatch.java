package com.renewalpost.fulfilment.dispatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Mail handed to the post office together, on one posting date. Once closed it never changes. */
@Entity
@Table(name = "dispatch")
public class Dispatch {

    public enum Status { OPEN, CLOSED }

    @Id
    @SequenceGenerator(name = "dispatch_seq", sequenceName = "dispatch_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispatch_seq")
    private Long id;

    @Column(name = "posting_date")
    private LocalDate postingDate;

    @Column(name = "post_office")
    private String postOffice;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "opened_by")
    private String openedBy;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Version
    private long version;

    protected Dispatch() {
    }

    Dispatch(LocalDate postingDate, String postOffice, OffsetDateTime openedAt, String openedBy) {
        this.postingDate = postingDate;
        this.postOffice = postOffice;
        this.status = Status.OPEN;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    void close(OffsetDateTime at, String actor) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("Dispatch " + id + " is already closed");
        }
        this.status = Status.CLOSED;
        this.closedAt = at;
        this.closedBy = actor;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public Long id() { return id; }
    public LocalDate postingDate() { return postingDate; }
    public String postOffice() { return postOffice; }
    public Status status() { return status; }
    public OffsetDateTime openedAt() { return openedAt; }
    public String openedBy() { return openedBy; }
    public Optional<OffsetDateTime> closedAt() { return Optional.ofNullable(closedAt); }
    public String closedBy() { return closedBy; }
}
