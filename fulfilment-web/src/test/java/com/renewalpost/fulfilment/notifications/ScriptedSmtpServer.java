package com.renewalpost.fulfilment.notifications;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny SMTP server on loopback that answers from a script, for the failures a real test server
 * cannot produce: 4xx and 5xx at each step, silence, a connection dropped after the message with
 * or without a verdict.
 * One conversation at a time; it records the commands it was sent.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    /**
     * Replies per step; a reply may span lines ("250-a\r\n250 b").
     *
     * @param silent          accept the connection and never say anything
     * @param afterData       the verdict on the message; null: none (silence, or the hang-up)
     * @param hangUpAfterData answer the message, then drop the connection without waiting for QUIT
     */
    record Script(String greeting, String ehlo, String mailFrom, String rcptTo, String afterData, boolean silent,
                  boolean hangUpAfterData) {

        static Script accepting() {
            return new Script("220 scripted ESMTP", "250 scripted", "250 2.1.0 Ok", "250 2.1.5 Ok",
                    "250 2.0.0 Ok: queued as T1", false, false);
        }

        Script greeting(String reply) {
            return new Script(reply, ehlo, mailFrom, rcptTo, afterData, silent, hangUpAfterData);
        }

        Script mailFrom(String reply) {
            return new Script(greeting, ehlo, reply, rcptTo, afterData, silent, hangUpAfterData);
        }

        Script rcptTo(String reply) {
            return new Script(greeting, ehlo, mailFrom, reply, afterData, silent, hangUpAfterData);
        }

        Script afterData(String reply) {
            return new Script(greeting, ehlo, mailFrom, rcptTo, reply, silent, hangUpAfterData);
        }

        Script silently() {
            return new Script(greeting, ehlo, mailFrom, rcptTo, afterData, true, hangUpAfterData);
        }

        Script hangingUpAfterData() {
            return new Script(greeting, ehlo, mailFrom, rcptTo, afterData, silent, true);
        }

        /** Takes the whole message, then drops the connection without a verdict. */
        Script droppingAfterData() {
            return new Script(greeting, ehlo, mailFrom, rcptTo, null, silent, true);
        }

        /** Takes the whole message, then says nothing more. */
        Script silentAfterData() {
            return new Script(greeting, ehlo, mailFrom, rcptTo, null, silent, false);
        }
    }

    private final ServerSocket socket;
    private final Script script;
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final List<String> messages = new CopyOnWriteArrayList<>();

    ScriptedSmtpServer(Script script) throws IOException {
        this.script = script;
        this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        var thread = new Thread(this::serve, "scripted-smtp-" + socket.getLocalPort());
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The command lines received, e.g. "MAIL FROM:<a@b>" (message content not included). */
    List<String> commands() {
        return List.copyOf(commands);
    }

    /** The messages received after DATA. */
    List<String> messages() {
        return List.copyOf(messages);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                converse(connection);
            } catch (IOException closedOrDropped) {
                // the next conversation, or the end
            }
        }
    }

    private void converse(Socket connection) throws IOException {
        var in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
        var out = connection.getOutputStream();
        if (script.silent()) {
            while (in.readLine() != null) {
                // say nothing until the client gives up
            }
            return;
        }
        reply(out, script.greeting());
        if (!script.greeting().startsWith("2")) {
            in.readLine(); // a polite client says QUIT
            return;
        }
        String line;
        while ((line = in.readLine()) != null) {
            commands.add(line);
            var verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
            switch (verb) {
                case "EHLO", "HELO" -> reply(out, script.ehlo());
                case "MAIL" -> reply(out, script.mailFrom());
                case "RCPT" -> reply(out, script.rcptTo());
                case "DATA" -> {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    var message = new StringBuilder();
                    String data;
                    while ((data = in.readLine()) != null && !data.equals(".")) {
                        message.append(data).append("\r\n");
                    }
                    messages.add(message.toString());
                    if (script.afterData() != null) {
                        reply(out, script.afterData());
                    }
                    if (script.hangUpAfterData()) {
                        return;
                    }
                    if (script.afterData() == null) {
                        while (in.readLine() != null) {
                            // no verdict: wait until the client gives up
                        }
                        return;
                    }
                }
                case "RSET", "NOOP" -> reply(out, "250 2.0.0 Ok");
                case "QUIT" -> {
                    reply(out, "221 2.0.0 Bye");
                    return;
                }
                default -> reply(out, "502 5.5.2 Command not recognised");
            }
        }
    }

    private static void reply(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
