package com.renewalpost.fulfilment.printers;

import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.PageMessages;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * On the print run page: the run's labels sent to a packing station's label printer, by default
 * the printer of the station this person packs at (named on the packing page).
 */
@Named
@ViewScoped
public class RunLabelsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The session attribute where the packing page keeps this person's station. */
    private static final String PACKING_STATION = "renewalpost.packing.station";

    @Inject
    LabelPrinters printers;
    @Inject
    LabelPrinting printing;

    private transient List<LabelPrinters.StationView> stations;
    private String station;

    @PostConstruct
    void init() {
        var mine = (String) FacesContext.getCurrentInstance().getExternalContext().getSessionMap().get(PACKING_STATION);
        station = mine != null && getStations().stream().anyMatch(s -> s.station().equals(mine)) ? mine
                : getStations().stream().findFirst().map(LabelPrinters.StationView::station).orElse(null);
    }

    public void send(Long runId) {
        if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.WAREHOUSE)) {
            throw new SecurityException("Print runs are warehouse work");
        }
        try {
            PageMessages.done(printing.sendRunLabels(runId, station).message());
        } catch (DomainException e) {
            PageMessages.problem(e);
        }
    }

    /** The stations that have a label printer. */
    public List<LabelPrinters.StationView> getStations() {
        if (stations == null) {
            stations = printers.stations();
        }
        return stations;
    }

    public String getStation() { return station; }
    public void setStation(String station) { this.station = station; }
}
