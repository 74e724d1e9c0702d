package com.renewalpost.fulfilment.printers;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * Sends a document to a printer's raw TCP port (9100, "JetDirect"): connect, write every byte, close.
 * The port has no reply, so "printed" means every byte was handed to the network within the time
 * allowed. Both steps are bounded (non-blocking channel and a selector with a deadline), so a printer
 * that is off, unplugged or jammed never holds the caller's thread for longer than the two timeouts
 * (plus the name lookup, which the system's resolver bounds).
 */
public final class RawTcpPrinter {

    /** Why a document did not reach the printer. */
    public enum Failure {
        /** The name does not resolve. */
        UNKNOWN_HOST,
        /** Nothing listens on the port (the printer answered with a reset). */
        REFUSED,
        /** No answer to the connection within the connect timeout. */
        CONNECT_TIMEOUT,
        /** The printer stopped taking bytes: the document was not handed over within the write timeout. */
        WRITE_TIMEOUT,
        /** The network has no way to the printer, or the connection broke. */
        NETWORK
    }

    /** A document that did not reach the printer, and why. */
    public static final class NotPrinted extends Exception {
        private final Failure failure;
        private final long bytesSent;

        NotPrinted(Failure failure, long bytesSent, Throwable cause) {
            super(failure + " after " + bytesSent + " bytes", cause);
            this.failure = failure;
            this.bytesSent = bytesSent;
        }

        public Failure failure() {
            return failure;
        }

        public long bytesSent() {
            return bytesSent;
        }
    }

    private final Duration connectTimeout;
    private final Duration writeTimeout;

    public RawTcpPrinter(Duration connectTimeout, Duration writeTimeout) {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || writeTimeout.isNegative() || writeTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        this.connectTimeout = connectTimeout;
        this.writeTimeout = writeTimeout;
    }

    /** Sends the document; answers the number of bytes handed over (all of them). */
    public long send(String host, int port, byte[] document) throws NotPrinted {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new NotPrinted(Failure.UNKNOWN_HOST, 0, e);
        }
        long sent = 0;
        try (var selector = Selector.open(); var channel = SocketChannel.open()) {
            channel.configureBlocking(false);
            if (!channel.connect(new InetSocketAddress(address, port))) {
                var key = channel.register(selector, SelectionKey.OP_CONNECT);
                if (!await(selector, connectTimeout.toMillis())) {
                    throw new NotPrinted(Failure.CONNECT_TIMEOUT, 0, null);
                }
                channel.finishConnect();
                key.cancel();
                selector.selectNow(); // deregisters the cancelled key before the channel registers again
            }
            var buffer = ByteBuffer.wrap(document);
            var key = channel.register(selector, SelectionKey.OP_WRITE);
            long deadline = System.nanoTime() + writeTimeout.toNanos();
            while (buffer.hasRemaining()) {
                sent += channel.write(buffer);
                if (!buffer.hasRemaining()) {
                    break;
                }
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0 || !await(selector, left)) {
                    throw new NotPrinted(Failure.WRITE_TIMEOUT, sent, null);
                }
            }
            key.cancel();
            // a clean end of the stream: the printer takes the job as complete
            channel.shutdownOutput();
            return sent;
        } catch (ConnectException e) {
            throw new NotPrinted(Failure.REFUSED, sent, e);
        } catch (NoRouteToHostException e) {
            throw new NotPrinted(Failure.NETWORK, sent, e);
        } catch (IOException e) {
            throw new NotPrinted(Failure.NETWORK, sent, e);
        }
    }

    /** Waits for the registered operation at most this long; false when the time ran out. */
    private static boolean await(Selector selector, long millis) throws IOException {
        long deadline = System.nanoTime() + Math.max(1, millis) * 1_000_000;
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            if (selector.select(left) > 0) {
                selector.selectedKeys().clear();
                return true;
            }
        }
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration writeTimeout() {
        return writeTimeout;
    }
}
