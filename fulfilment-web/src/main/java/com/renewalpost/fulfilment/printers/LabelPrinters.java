package com.renewalpost.fulfilment.printers;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.packing.Packing;
import com.renewalpost.fulfilment.packing.StationName;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.staff.AuditAction;
import com.renewalpost.fulfilment.staff.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The label printers admins configure, and the one each packing station prints on. Every change
 * is audited with what it was and what it became; the page and the API go through here alike.
 */
@ApplicationScoped
@Transactional
public class LabelPrinters {

    /** A printer as pages and the API show it. */
    public record PrinterView(long id, String name, String host, int port, List<String> stations) {
        static PrinterView of(LabelPrinter p, List<String> stations) {
            return new PrinterView(p.id(), p.name(), p.host(), p.port(), stations);
        }

        /** The stations printing on it, for a table cell. */
        public String usedBy() {
            return String.join(", ", stations);
        }

        public String address() {
            return (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /** A packing station and the label printer chosen for it. */
    public record StationView(String station, long printerId, String printer, String host, int port,
                              OffsetDateTime chosenAt, String chosenBy) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    Packing packing;
    @Inject
    Clock clock;

    public List<PrinterView> all() {
        var printers = em.createQuery("SELECT p FROM LabelPrinter p ORDER BY p.name", LabelPrinter.class).getResultList();
        var stations = stations();
        return printers.stream().map(p -> PrinterView.of(p, stations.stream()
                .filter(s -> s.printerId() == p.id()).map(StationView::station).toList())).toList();
    }

    public PrinterView view(long id) {
        var printer = find(id);
        return PrinterView.of(printer, stationsOf(printer));
    }

    public PrinterView create(PrinterDetails details, String actor) {
        check(details, null);
        var printer = new LabelPrinter(details, now(), actor);
        em.persist(printer);
        em.flush();
        audit.record(actor, AuditAction.PRINTER_CREATED, printer.name(), describe(printer));
        return PrinterView.of(printer, List.of());
    }

    public PrinterView change(long id, PrinterDetails details, String actor) {
        var printer = find(id);
        check(details, printer.id());
        var before = describe(printer);
        printer.revise(details);
        var after = describe(printer);
        // names and addresses as the admin typed them, the same in every language
        audit.record(actor, AuditAction.PRINTER_CHANGED, printer.name(),
                before.equals(after) ? before : before + " -> " + after);
        return PrinterView.of(printer, stationsOf(printer));
    }

    /** Removes a printer no station prints on any more. */
    public void remove(long id, String actor) {
        var printer = find(id);
        var stations = stationsOf(printer);
        if (!stations.isEmpty()) {
            throw DomainException.conflict("printer-in-use",
                    Message.of("printers.inUse", printer.name(), String.join(", ", stations)));
        }
        em.remove(printer);
        audit.record(actor, AuditAction.PRINTER_REMOVED, printer.name(), describe(printer));
    }

    /** Every station with a label printer, by station name. */
    public List<StationView> stations() {
        return em.createQuery("SELECT s FROM StationPrinter s ORDER BY s.station", StationPrinter.class)
                .getResultList().stream().map(LabelPrinters::view).toList();
    }

    public Optional<StationView> ofStation(String station) {
        return station == null ? Optional.empty()
                : Optional.ofNullable(em.find(StationPrinter.class, tidy(station))).map(LabelPrinters::view);
    }

    /**
     * Chooses the label printer of a packing station (named as packing names stations); a null
     * printer means the station has none any more.
     */
    public Optional<StationView> choose(String station, Long printerId, String actor) {
        var name = station == null ? null : tidy(station);
        packing.view(name); // refuses a name no station could have, with packing's own words
        var chosen = em.find(StationPrinter.class, name);
        var before = chosen == null ? "-" : chosen.printer().name();
        if (printerId == null) {
            if (chosen != null) {
                em.remove(chosen);
                audit.record(actor, AuditAction.STATION_PRINTER_CHOSEN, name, before + " -> -");
            }
            return Optional.empty();
        }
        var printer = find(printerId);
        if (chosen == null) {
            chosen = new StationPrinter(name, printer, now(), actor);
            em.persist(chosen);
        } else {
            chosen.choose(printer, now(), actor);
        }
        audit.record(actor, AuditAction.STATION_PRINTER_CHOSEN, name, before + " -> " + printer.name());
        return Optional.of(view(chosen));
    }

    LabelPrinter find(long id) {
        var printer = em.find(LabelPrinter.class, id);
        if (printer == null) {
            throw DomainException.notFound("unknown-printer",
                    Message.of("printers.unknown", Long.toString(id)));
        }
        return printer;
    }

    private void check(PrinterDetails details, Long self) {
        var errors = details == null
                ? List.of(new DomainException.FieldError("printer", Message.of("printers.details")))
                : details.problems();
        if (!errors.isEmpty()) {
            throw DomainException.invalid("invalid-printer",
                    Message.of("problem.fieldsNeedAttention", errors.size())).withErrors(Message.of("printers.invalid"),
                    errors);
        }
        var name = details.name().strip();
        var taken = em.createQuery("SELECT p FROM LabelPrinter p WHERE LOWER(p.name) = :name", LabelPrinter.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT)).getResultStream()
                .anyMatch(p -> !p.id().equals(self));
        if (taken) {
            throw DomainException.conflict("printer-name-taken",
                    Message.of("printers.taken", name)).withErrors(null, List.of(new DomainException.FieldError("name",
                    Message.of("printers.taken", name))));
        }
    }

    private List<String> stationsOf(LabelPrinter printer) {
        return em.createQuery("SELECT s.station FROM StationPrinter s WHERE s.printer = :p ORDER BY s.station",
                String.class).setParameter("p", printer).getResultList();
    }

    private static StationView view(StationPrinter s) {
        var p = s.printer();
        return new StationView(s.station(), p.id(), p.name(), p.host(), p.port(), s.chosenAt(), s.chosenBy());
    }

    private static String describe(LabelPrinter p) {
        return p.name() + " " + PrinterView.of(p, List.of()).address();
    }

    private OffsetDateTime now() {
        return Clocks.now(clock);
    }

    /** A station as packing names it ("Table  3" is "Table 3"), so that both find the same row. */
    private static String tidy(String station) {
        return StationName.parse(station).map(StationName::value).orElse(station.strip());
    }
}
