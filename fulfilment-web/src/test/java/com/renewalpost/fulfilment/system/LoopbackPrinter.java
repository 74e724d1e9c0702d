package com.renewalpost.fulfilment.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A network label printer stand-in on 127.0.0.1 in the test JVM: takes raw print jobs as a printer's
 * port 9100 does (one per connection, ended by the sender's close) and keeps each job's bytes.
 */
final class LoopbackPrinter implements AutoCloseable {

    private final ServerSocket socket;
    private final BlockingQueue<byte[]> jobs = new LinkedBlockingQueue<>();
    private final Thread acceptor;

    LoopbackPrinter() throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "loopback-printer-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (var connection = socket.accept(); var in = connection.getInputStream()) {
                var job = new ByteArrayOutputStream();
                in.transferTo(job);
                jobs.add(job.toByteArray());
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                jobs.add(new byte[0]);
            }
        }
    }

    /** The next job received, waiting for it at most 30 seconds (then: none). */
    byte[] nextJob() throws InterruptedException {
        var job = jobs.poll(30, TimeUnit.SECONDS);
        if (job == null) {
            throw new AssertionError("the printer on port " + port() + " received no job");
        }
        return job;
    }

    /** Whether a job came that was not taken yet. */
    boolean idle() {
        return jobs.isEmpty();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
