package com.renewalpost.fulfilment.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay on loopback between the application and the test's SMTP server, passing everything
 * both ways, which can hold back the server's answer to one message: the N-th message's data
 * (ended by {@code CRLF.CRLF}) reaches the SMTP server, which stores it, but its {@code 250} reply
 * never reaches the application. A server killed then dies with that send's outcome unknown, the
 * narrow window in which a crash makes SMTP's at-least-once send a message twice; the gate makes
 * the test hit it every time instead of by luck.
 */
final class SmtpReplyGate implements AutoCloseable {

    private static final byte[] END_OF_DATA = {'\r', '\n', '.', '\r', '\n'};

    private final ServerSocket listener;
    private final int target;
    private final AtomicInteger messages = new AtomicInteger();
    private volatile int holdReplyTo;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        var thread = new Thread(r, "smtp-reply-gate");
        thread.setDaemon(true);
        return thread;
    });

    SmtpReplyGate(int targetPort) {
        target = targetPort;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.submit(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The reply to the {@code n}-th message from now on (counted since the start) is never passed on. */
    void holdReplyTo(int n) {
        holdReplyTo = n;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                var client = listener.accept();
                var server = new Socket(InetAddress.getLoopbackAddress(), target);
                var held = new AtomicBoolean();
                threads.submit(() -> clientToServer(client, server, held));
                threads.submit(() -> serverToClient(server, client, held));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Counts the ends of message data; the one to hold marks its connection before it goes on. */
    private void clientToServer(Socket client, Socket server, AtomicBoolean held) {
        try (client; server; InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
            byte[] buffer = new byte[8192];
            byte[] recent = new byte[END_OF_DATA.length];
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    System.arraycopy(recent, 1, recent, 0, recent.length - 1);
                    recent[recent.length - 1] = buffer[i];
                    if (java.util.Arrays.equals(recent, END_OF_DATA) && messages.incrementAndGet() == holdReplyTo) {
                        held.set(true);
                    }
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException gone) {
            // either side went away (a killed server among them)
        }
    }

    private void serverToClient(Socket server, Socket client, AtomicBoolean held) {
        try (InputStream in = server.getInputStream(); OutputStream out = client.getOutputStream()) {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) > 0) {
                if (!held.get()) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
        } catch (IOException gone) {
            // closed by the other direction
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        threads.shutdownNow();
    }
}
