package com.renewalpost.fulfilment.printers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** The label printer a packing station prints its labels on, and who chose it when. */
@Entity
@Table(name = "station_label_printer")
public class StationPrinter {

    @Id
    private String station;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "printer_id")
    private LabelPrinter printer;

    @Column(name = "chosen_at")
    private OffsetDateTime chosenAt;

    @Column(name = "chosen_by")
    private String chosenBy;

    @Version
    private long version;

    protected StationPrinter() {
    }

    StationPrinter(String station, LabelPrinter printer, OffsetDateTime at, String actor) {
        this.station = station;
        choose(printer, at, actor);
    }

    void choose(LabelPrinter printer, OffsetDateTime at, String actor) {
        this.printer = printer;
        this.chosenAt = at;
        this.chosenBy = actor;
    }

    public String station() { return station; }
    public LabelPrinter printer() { return printer; }
    public OffsetDateTime chosenAt() { return chosenAt; }
    public String chosenBy() { return chosenBy; }
}
