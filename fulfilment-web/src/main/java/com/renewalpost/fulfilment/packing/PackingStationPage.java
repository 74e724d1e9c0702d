package com.renewalpost.fulfilment.packing;

import com.renewalpost.fulfilment.platform.Actor;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PageMessages;
import com.renewalpost.fulfilment.platform.Text;
import com.renewalpost.fulfilment.printing.PrintRuns;
import com.renewalpost.fulfilment.staff.PageRoles;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;

import java.io.Serializable;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A packing station in the browser, made for a barcode scanner (which types the code and then
 * Enter): the letter's barcode, then the label's. The verdict is {@link Packing}'s, as for the REST
 * API: packed, waiting for the label, a mismatch, a misread or a refusal, shown large. The station
 * is named once per browser: a cookie keeps it across logins (a station is a table with its own
 * computer), and it can be changed at any time. Packing is warehouse work: anybody else is told so.
 */
@Named
@ViewScoped
public class PackingStationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The station this browser session packs at. */
    static final String STATION = "renewalpost.packing.station";
    /** The cookie that keeps the station of this browser between logins. */
    static final String STATION_COOKIE = "rp-packing-station";
    /** Set when the person asked to change the station: the remembered one is not taken again this session. */
    static final String CHANGING = "renewalpost.packing.changing";
    private static final int STATION_KEPT_SECONDS = (int) Duration.ofDays(400).toSeconds();

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
    /** The last scan was a tracked letter without its number: the label form takes the focus, this once. */
    private boolean labelNeeded;

    @PostConstruct
    void init() {
        station = (String) session().get(STATION);
        if (station == null && isWarehouse() && session().get(CHANGING) == null) {
            // the station this browser packed at last time, as long as it is still a valid name
            station = remembered().orElse(null);
            if (station != null) {
                session().put(STATION, station);
            }
        }
    }

    /** Chooses the station for this session (the scanner's workplace). */
    public void chooseStation() {
        if (!PageRoles.holdsAny(Roles.WAREHOUSE)) {
            return;
        }
        var name = stationInput == null ? "" : stationInput.strip();
        try {
            view = packing.view(name);
            station = view.station();
            session().put(STATION, station);
            session().remove(CHANGING);
            remember(station);
            result = null;
        } catch (DomainException invalid) {
            result = new Result(Verdict.REFUSED, invalid.detail(), null, name);
        }
    }

    public void changeStation() {
        stationInput = station;
        station = null;
        session().remove(STATION);
        session().put(CHANGING, Boolean.TRUE);
        result = null;
    }

    /**
     * One scan: the code as the scanner typed it, sent as the request parameter {@code code} (the
     * page clears its scan field at once, so the next scan is never lost to a page update).
     */
    public void scan() {
        if (!PageRoles.holdsAny(Roles.WAREHOUSE)) {
            return;
        }
        var typed = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        var scanned = typed == null ? "" : typed.strip();
        if (station == null || scanned.isEmpty()) {
            return;
        }
        labelNeeded = false;
        try {
            var outcome = packing.scan(station, scanned, Actor.ofPage());
            result = new Result(outcome.state() == Packing.State.PACKED ? Verdict.OK : Verdict.NEXT,
                    outcome.message(), outcome.orderNumber(), scanned);
            lastOrder = outcome.orderNumber();
        } catch (DomainException refused) {
            var type = refused.type();
            var verdict = type.equals("scan-mismatch") ? Verdict.MISMATCH
                    : type.equals("misread-scan") ? Verdict.MISREAD : Verdict.REFUSED;
            result = new Result(verdict, refused.detail(), null, scanned);
            if (type.equals("tracking-label-needed")) {
                // the label form opens with this letter filled in, its tracking field next
                labelNeeded = true;
                labelOrder = Scan.of(scanned) instanceof Scan.OfOrder order ? order.number().value() : null;
                labelNumber = null;
            }
        }
        view = null;
        progress = null;
    }

    /**
     * Attaches a tracking label the post office pre-printed to a printed or packed tracked letter
     * that has no number yet (there is no S10 range of our own for its service).
     */
    public void attachLabel() {
        if (!PageRoles.holdsAny(Roles.WAREHOUSE)) {
            return;
        }
        var order = labelOrder == null ? "" : labelOrder.strip();
        var tracking = labelNumber == null ? "" : labelNumber.strip();
        try {
            var attached = packing.attachPrePrinted(station, order, tracking, Actor.ofPage());
            result = new Result(Verdict.ATTACHED, Message.of("packing.attached", attached.trackingNumber(),
                    attached.orderNumber()), attached.orderNumber(), tracking);
            labelOrder = null;
            labelNumber = null;
            labelNeeded = false;
        } catch (DomainException refused) {
            var verdict = refused.type().equals("misread-scan") ? Verdict.MISREAD : Verdict.REFUSED;
            result = new Result(verdict, refused.detail(), null, tracking);
        }
        view = null;
    }

    /** The packer put the letter aside: the station waits for a letter again. */
    public void putLetterAside() {
        if (!PageRoles.holdsAny(Roles.WAREHOUSE)) {
            return;
        }
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

    /** Whether this person may pack; the page says why not instead of showing the station. */
    public boolean isWarehouse() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.WAREHOUSE);
    }

    /** Why this person cannot pack here, in the page's language. */
    public String getWarehouseOnly() {
        return Message.of("packing.warehouseOnly").in(PageMessages.locale());
    }

    /** The rule for station names, told beside the field before anything is typed. */
    public String getStationRule() {
        return StationName.rule().in(PageMessages.locale());
    }

    private static Optional<String> remembered() {
        var cookie = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap().get(STATION_COOKIE);
        if (!(cookie instanceof Cookie kept)) {
            return Optional.empty();
        }
        try {
            return StationName.parse(URLDecoder.decode(kept.getValue(), StandardCharsets.UTF_8)).map(StationName::value);
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private static void remember(String station) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        var path = external.getRequestContextPath() + "/staff/warehouse/";
        // encoded: a cookie value holds no spaces or letters beyond ASCII
        external.addResponseCookie(STATION_COOKIE, URLEncoder.encode(station, StandardCharsets.UTF_8), Map.of(
                "maxAge", STATION_KEPT_SECONDS, "path", path, "httpOnly", true, "secure", external.isSecure(),
                "SameSite", "Strict"));
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
    public boolean isLabelNeeded() { return labelNeeded; }
}
