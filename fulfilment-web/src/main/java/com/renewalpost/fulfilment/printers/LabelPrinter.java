package com.renewalpost.fulfilment.printers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** A thermal label printer on the network, as an admin configured it: its name, and where its raw port listens. */
@Entity
@Table(name = "label_printer")
public class LabelPrinter {

    @Id
    @SequenceGenerator(name = "label_printer_seq", sequenceName = "label_printer_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "label_printer_seq")
    private Long id;

    private String name;
    private String host;
    private int port;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Version
    private long version;

    protected LabelPrinter() {
    }

    LabelPrinter(PrinterDetails details, OffsetDateTime at, String actor) {
        revise(details);
        this.createdAt = at;
        this.createdBy = actor;
    }

    /** Takes checked details (see {@link PrinterDetails#problems}). */
    void revise(PrinterDetails details) {
        this.name = details.name().strip();
        this.host = details.host().strip();
        this.port = details.port();
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String host() { return host; }
    public int port() { return port; }
    public OffsetDateTime createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
