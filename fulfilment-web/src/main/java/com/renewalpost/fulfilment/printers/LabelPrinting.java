package com.renewalpost.fulfilment.printers;

import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.Text;
import com.renewalpost.fulfilment.printing.DocumentKind;
import com.renewalpost.fulfilment.printing.PrintRuns;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.logging.Logger;

/**
 * Sends ZPL to label printers: a test label to a configured printer, and a print run's labels to
 * the printer of a packing station. The database is read first, in its own short transactions; the
 * network send runs outside any, bounded by the configured connect and write timeouts, so a printer
 * that is off never holds a transaction or a request for longer than those.
 */
@ApplicationScoped
public class LabelPrinting {

    private static final Logger LOG = Logger.getLogger(LabelPrinting.class.getName());

    /** What was sent where. */
    public record Sent(String printer, String address, String station, long bytes, Text message) {
    }

    @Inject
    LabelPrinters printers;
    @Inject
    PrintRuns runs;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "fulfilment.printers.connect-timeout-millis", defaultValue = "3000")
    long connectTimeoutMillis;
    @Inject
    @ConfigProperty(name = "fulfilment.printers.write-timeout-seconds", defaultValue = "30")
    long writeTimeoutSeconds;

    private RawTcpPrinter client;

    @PostConstruct
    void init() {
        client = new RawTcpPrinter(Duration.ofMillis(Math.max(1, connectTimeoutMillis)),
                Duration.ofSeconds(Math.max(1, writeTimeoutSeconds)));
    }

    /** Prints the small test label on a configured printer. */
    public Sent testPrint(long printerId) {
        var printer = printers.view(printerId);
        var label = new TestLabel(printer.name(), printer.address(), OffsetDateTime.now(clock)).zpl();
        return send(printer.name(), printer.host(), printer.port(), printer.address(), null, label,
                Message.of("printers.testLabel"));
    }

    /** Sends a print run's labels (its ZPL document, the same bytes as the download) to the station's label printer. */
    public Sent sendRunLabels(long runId, String station) {
        if (station == null || station.isBlank()) {
            throw DomainException.invalid("no-station", Message.of("printers.noStation"));
        }
        var chosen = printers.ofStation(station).orElseThrow(() -> DomainException.conflict("station-without-printer", Message.of("printers.noPrinter", station.strip())));
        var run = runs.view(runId, java.util.Locale.ENGLISH);
        var document = runs.document(runId, DocumentKind.LABELS_ZPL);
        var address = new LabelPrinters.PrinterView(chosen.printerId(), chosen.printer(), chosen.host(), chosen.port(),
                java.util.List.of()).address();
        return send(chosen.printer(), chosen.host(), chosen.port(), address, chosen.station(), document.bytes(),
                Message.of("printers.runLabels", run.name()));
    }

    private Sent send(String name, String host, int port, String address, String station, byte[] document,
                      Message what) {
        try {
            long bytes = client.send(host, port, document);
            return new Sent(name, address, station, bytes, Message.of("printers.sent", what, name, address, bytes));
        } catch (RawTcpPrinter.NotPrinted failed) {
            LOG.info(() -> "Printer " + name + " (" + address + "): " + failed.failure() + " after "
                    + failed.bytesSent() + " bytes");
            var status = switch (failed.failure()) {
                case CONNECT_TIMEOUT, WRITE_TIMEOUT -> DomainException.Kind.UPSTREAM_TIMEOUT;
                default -> DomainException.Kind.UPSTREAM_FAILED;
            };
            var detail = switch (failed.failure()) {
                case UNKNOWN_HOST -> Message.of("printers.failed.UNKNOWN_HOST", name, host);
                case CONNECT_TIMEOUT -> Message.of("printers.failed.CONNECT_TIMEOUT", name, address,
                        client.connectTimeout().toMillis());
                case WRITE_TIMEOUT -> Message.of("printers.failed.WRITE_TIMEOUT", name, address, failed.bytesSent());
                default -> Message.of("printers.failed." + failed.failure().name(), name, address);
            };
            throw new DomainException(status, "printer-" + failed.failure().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-'), detail);
        }
    }
}
