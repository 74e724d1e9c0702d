package com.renewalpost.fulfilment.printers;

import com.renewalpost.labels.PaperSize;
import com.renewalpost.labels.PrintSettings;
import com.renewalpost.labels.Sender;
import com.renewalpost.labels.address.PostalAddress;
import com.renewalpost.labels.font.FontPaths;
import com.renewalpost.labels.letter.EsimProfile;
import com.renewalpost.labels.letter.LetterContent;
import com.renewalpost.labels.run.LabelMedia;
import com.renewalpost.labels.run.RunDocumentsWriter;
import com.renewalpost.labels.run.Envelope;
import com.renewalpost.labels.run.PrintRunOutputs;
import com.renewalpost.labels.shipping.ShippingLabelContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The raw-TCP client against real sockets on loopback: a listener that keeps the bytes, a closed port, one that never reads. */
@Timeout(60) // a hang is a failure, never a stuck build
class RawTcpPrinterTest {

    private final RawTcpPrinter printer = new RawTcpPrinter(Duration.ofSeconds(2), Duration.ofMillis(800));

    /** A print run's labels in ZPL, as label-printing writes them. */
    static byte[] zplOfRun() {
        var zpl = new ByteArrayOutputStream();
        var sender = new Sender("Renewal Post", new PostalAddress("Renewal Post", null, List.of("1200 Harbor Blvd"),
                null, "Weehawken", "NJ", "07086", "US"), "help@example.com", null, null);
        new RunDocumentsWriter(new PrintSettings(PaperSize.A4, sender, "POSTAGE PAID", null, FontPaths.defaults()),
                LabelMedia.THERMAL_4X6).write(List.of(item("RP-7K3M9Q2XH", "RB123456785US"),
                item("RP-4H8W2N6CA", "RB473124829US")), new PrintRunOutputs(null, null, zpl, null), "2026-03-05 #1");
        return zpl.toByteArray();
    }

    private static Envelope item(String order, String tracking) {
        return new Envelope(new LetterContent(order, "en", "Maria Santos", "US eSIM", "30 days, 15 GB data",
                new EsimProfile("SMDP.EXAMPLE.COM", "04386-AGYFT-A74Y8-3F815", null, false), LocalDate.of(2026, 3, 5)),
                new ShippingLabelContent(order, new PostalAddress("Maria Santos", null, List.of("6750 Ayala Avenue"),
                        null, "Makati", "Metro Manila", "1209", "PH"), "Tracked letter", tracking, null));
    }

    @Test
    void theWholeDocumentReachesTheListenerAsItWasWritten() throws Exception {
        var document = zplOfRun();
        try (var listener = new CapturingListener()) {
            long sent = printer.send("127.0.0.1", listener.port(), document);

            var captured = listener.captured();
            assertThat(sent).isEqualTo(document.length);
            assertThat(captured).isEqualTo(document);
            var text = new String(captured, StandardCharsets.UTF_8);
            assertThat(text).startsWith("^XA").endsWith("^XZ\n").contains("RB123456785US", "RB473124829US");
            assertThat(text.split("\\^XZ", -1)).hasSize(3); // two labels
        }
    }

    @Test
    void aPortWhereNothingListensIsRefused() throws Exception {
        int closed;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        var notPrinted = catchThrowableOfType(RawTcpPrinter.NotPrinted.class,
                () -> printer.send("127.0.0.1", closed, zplOfRun()));
        assertThat(notPrinted.failure()).isEqualTo(RawTcpPrinter.Failure.REFUSED);
        assertThat(notPrinted.bytesSent()).isZero();
    }

    @Test
    void aPrinterThatStopsReadingEndsInAWriteTimeout() throws Exception {
        // a listener that never accepts nor reads, with a small receive window: the kernel holds a little, then nothing moves
        try (var silent = new ServerSocket()) {
            silent.setReceiveBufferSize(4096);
            silent.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
            var label = zplOfRun();
            var large = new byte[64 * 1024 * 1024];
            for (int at = 0; at < large.length; at += label.length) {
                System.arraycopy(label, 0, large, at, Math.min(label.length, large.length - at));
            }
            var notPrinted = catchThrowableOfType(RawTcpPrinter.NotPrinted.class,
                    () -> printer.send("127.0.0.1", silent.getLocalPort(), large));
            assertThat(notPrinted.failure()).isEqualTo(RawTcpPrinter.Failure.WRITE_TIMEOUT);
            assertThat(notPrinted.bytesSent()).isPositive().isLessThan(large.length);
        }
    }

    @Test
    void aNameThatDoesNotResolveIsAnUnknownHost() {
        var notPrinted = catchThrowableOfType(RawTcpPrinter.NotPrinted.class,
                () -> printer.send("no-such-printer.invalid", 9100, zplOfRun()));
        assertThat(notPrinted.failure()).isEqualTo(RawTcpPrinter.Failure.UNKNOWN_HOST);
    }

    /** A printer stand-in on 127.0.0.1: accepts one connection and keeps every byte until the sender closes. */
    static final class CapturingListener implements AutoCloseable {
        private final ServerSocket socket;
        private final Thread reader;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private volatile IOException failed;

        CapturingListener() throws IOException {
            socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            reader = new Thread(this::read, "capturing-printer");
            reader.setDaemon(true);
            reader.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void read() {
            try (var connection = socket.accept(); var in = connection.getInputStream()) {
                in.transferTo(bytes);
            } catch (IOException e) {
                failed = e;
            }
        }

        /** What arrived, once the sender has closed its side. */
        byte[] captured() throws Exception {
            reader.join(Duration.ofSeconds(30).toMillis());
            if (failed != null) {
                throw failed;
            }
            return bytes.toByteArray();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
