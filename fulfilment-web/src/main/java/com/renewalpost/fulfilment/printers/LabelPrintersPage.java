package com.renewalpost.fulfilment.printers;

import com.renewalpost.fulfilment.admin.AdminOnly;
import com.renewalpost.fulfilment.admin.AdminPages;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Admin page: the label printers on the network (add, test, remove) and the label printer of each
 * packing station. Through {@link LabelPrinters} and {@link LabelPrinting}, as the API goes, so
 * the rules, the audit and the printers' messages are the same.
 */
@Named
@ViewScoped
@AdminOnly
public class LabelPrintersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LabelPrinters printers;
    @Inject
    LabelPrinting printing;

    private transient List<LabelPrinters.PrinterView> all;
    private transient List<LabelPrinters.StationView> stations;
    private String name;
    private String host;
    private Integer port = PrinterDetails.RAW_PORT;
    private String station;
    private Long stationPrinter;

    @PostConstruct
    void load() {
        all = null;
        stations = null;
    }

    public void create() {
        try {
            var created = printers.create(new PrinterDetails(name, host, port), AdminPages.actor());
            PageMessages.done(AdminPages.text("printers.added", created.name(), created.address()));
            name = null;
            host = null;
            port = PrinterDetails.RAW_PORT;
            load();
        } catch (DomainException e) {
            AdminPages.refused(e, "add");
        }
    }

    public void testPrint(long id) {
        try {
            PageMessages.done(printing.testPrint(id).message());
        } catch (DomainException e) {
            PageMessages.problem(e);
        }
    }

    public void remove(long id) {
        try {
            var printer = printers.view(id);
            printers.remove(id, AdminPages.actor());
            PageMessages.done(AdminPages.text("printers.removed", printer.name()));
            load();
        } catch (DomainException e) {
            PageMessages.problem(e);
        }
    }

    /** Gives the station the chosen printer, or none. */
    public void choose() {
        try {
            var chosen = printers.choose(station, stationPrinter, AdminPages.actor());
            PageMessages.done(chosen.map(c -> AdminPages.text("printers.chosen", c.station(), c.printer()))
                    .orElseGet(() -> AdminPages.text("printers.none", station == null ? "" : station.strip())));
            station = null;
            stationPrinter = null;
            load();
        } catch (DomainException e) {
            AdminPages.refused(e, "stations");
        }
    }

    public List<LabelPrinters.PrinterView> getPrinters() {
        if (all == null) {
            all = printers.all();
        }
        return all;
    }

    public List<LabelPrinters.StationView> getStations() {
        if (stations == null) {
            stations = printers.stations();
        }
        return stations;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }
    public Integer getPort() { return port; }
    public void setPort(Integer port) { this.port = port; }
    public String getStation() { return station; }
    public void setStation(String station) { this.station = station; }
    public Long getStationPrinter() { return stationPrinter; }
    public void setStationPrinter(Long stationPrinter) { this.stationPrinter = stationPrinter; }
}
