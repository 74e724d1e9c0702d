package com.renewalpost.fulfilment.packing;

import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PageMessages;
import com.renewalpost.fulfilment.platform.ProblemException;
import com.renewalpost.fulfilment.platform.Text;
import com.renewalpost.fulfilment.printing.PrintRuns;
import com.renewalpost.fulfilment.staff.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * A packing station in the browser, made for a barcode scanner (which types the code and then
 * Enter): the letter's barcode, then the label's. The verdict is {@link Packing}'s, as for the REST
 * API: packed, waiting for the label, a mismatch, a misread or a refusal, shown large. The station
 * is chosen once per session.
 */
@Named
@ViewScoped
public class PackingStationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The station this browser session packs at. */
    static final String STATION = "renewalpost.packing.station";

    /** How a scan ended, as the station shows it. */
    public enum Verdict {
        /** Letter and label belong together: packed. */
        OK,
        /** The letter is read: now its label. */
        NEXT,
        /** The label is another order's: nothing was packed. */
        MISMATCH,
        /** A check character failed: scan again. */
        MISREAD,
        /** Refused for another reason: already packed, not printed, unknown, label first. */
        REFUSED,
        /** A tracking label the post office pre-printed now belongs to the order. */
        ATTACHED
    }

    /** The last scan's outcome: its verdict, the control's words (in the page's language), the order it was about. */
    public record Result(Verdict verdict, Text text, String orderNumber, String scanned) implements Serializable {

        public String message() {
            return text.in(PageMessages.locale());
        }
    }

    @Inject
    Packing packing;
    @Inject
    PrintRuns runs;

    private String station;
    private String stationInput;
    private Result result;
    private transient Packing.StationView view;
    private transient PrintRuns.PackingProgress progress;
    private String lastOrder;
    private String labelOrder;
    private String labelNumber;

    @PostConstruct
    void init() {
        station = (String) session().get(STATION);
    }

    /** Chooses the station for this session (the scanner's workplace). */
    public void chooseStation() {
        requireWarehouse();
        var name = stationInput == null ? "" : stationInput.strip();
        try {
            view = packing.view(name);
            station = name;
            session().put(STATION, name);
            result = null;
        } catch (ProblemException invalid) {
            result = new Result(Verdict.REFUSED, invalid.problem().detail(), null, name);
        }
    }

    public void changeStation() {
        stationInput = station;
        station = null;
        session().remove(STATION);
        result = null;
    }

    /**
     * One scan: the code as the scanner typed it, sent as the request parameter {@code code} (the
     * page clears its scan field at once, so the next scan is never lost to a page update).
     */
    public void scan() {
        requireWarehouse();
        var typed = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        var scanned = typed == null ? "" : typed.strip();
        if (station == null || scanned.isEmpty()) {
            return;
        }
        try {
            var outcome = packing.scan(station, scanned, actor());
            result = new Result(outcome.state() == Packing.State.PACKED ? Verdict.OK : Verdict.NEXT,
                    outcome.message(), outcome.orderNumber(), scanned);
            lastOrder = outcome.orderNumber();
        } catch (ProblemException refused) {
            var type = refused.problem().type();
            var verdict = type.endsWith("/scan-mismatch") ? Verdict.MISMATCH
                    : type.endsWith("/misread-scan") ? Verdict.MISREAD : Verdict.REFUSED;
            result = new Result(verdict, refused.problem().detail(), null, scanned);
        }
        view = null;
        progress = null;
    }

    /**
     * Attaches a tracking label the post office pre-printed to a printed or packed tracked letter
     * that has no number yet (there is no S10 range of our own for its service).
     */
    public void attachLabel() {
        requireWarehouse();
        var order = labelOrder == null ? "" : labelOrder.strip();
        var tracking = labelNumber == null ? "" : labelNumber.strip();
        try {
            var attached = packing.attachPrePrinted(station, order, tracking, actor());
            result = new Result(Verdict.ATTACHED, Message.of("packing.attached", attached.trackingNumber(),
                    attached.orderNumber()), attached.orderNumber(), tracking);
            labelOrder = null;
            labelNumber = null;
        } catch (ProblemException refused) {
            var verdict = refused.problem().type().endsWith("/misread-scan") ? Verdict.MISREAD : Verdict.REFUSED;
            result = new Result(verdict, refused.problem().detail(), null, tracking);
        }
        view = null;
    }

    /** The packer put the letter aside: the station waits for a letter again. */
    public void putLetterAside() {
        requireWarehouse();
        if (station != null) {
            view = packing.clear(station);
            result = null;
        }
    }

    public Packing.StationView getView() {
        if (view == null && station != null) {
            view = packing.view(station);
        }
        return view;
    }

    public long count(String kind) {
        var v = getView();
        return v == null ? 0 : v.counts().getOrDefault(kind, 0L);
    }

    /** The packing of the run of the letter last packed or waiting here. */
    public PrintRuns.PackingProgress getRunProgress() {
        if (progress == null) {
            var order = Optional.ofNullable(getView()).map(Packing.StationView::pendingOrder).orElse(lastOrder);
            progress = Optional.ofNullable(order).flatMap(OrderNumber::parse).flatMap(runs::packingProgressOf)
                    .orElse(null);
        }
        return progress;
    }

    private static void requireWarehouse() {
        if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.WAREHOUSE)) {
            throw new SecurityException("Packing is warehouse work");
        }
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    private static Map<String, Object> session() {
        return FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
    }

    public String getStation() { return station; }
    public String getStationInput() { return stationInput; }
    public void setStationInput(String stationInput) { this.stationInput = stationInput; }
    public Result getResult() { return result; }
    public String getLabelOrder() { return labelOrder; }
    public void setLabelOrder(String labelOrder) { this.labelOrder = labelOrder; }
    public String getLabelNumber() { return labelNumber; }
    public void setLabelNumber(String labelNumber) { this.labelNumber = labelNumber; }
}
