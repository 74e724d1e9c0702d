package com.renewalpost.mail.preview;

import com.renewalpost.mail.CodeKind;
import com.renewalpost.mail.EmailKind;
import com.renewalpost.mail.EmailTemplates;
import com.renewalpost.mail.Envelope;
import com.renewalpost.mail.Language;
import com.renewalpost.mail.Mailbox;
import com.renewalpost.mail.MessageComposer;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Writes every customer email in every language with sample data into a folder: {@code .html}
 * (opens in a browser), {@code .txt} and {@code .eml} (opens in a mail client).
 * <p>
 * {@code mvn -pl mail-templates test-compile exec:java} writes to {@code mail-templates/target/mail-preview}
 * (needs a Jakarta Mail implementation on the class path, such as Angus Mail).
 */
public final class PreviewCommand {

    private PreviewCommand() {
    }

    public static void main(String[] args) throws IOException, MessagingException {
        if (args.length != 1) {
            System.err.println("usage: PreviewCommand <output folder>");
            System.exit(2);
        }
        List<Path> written = writeAll(Path.of(args[0]));
        System.out.println("wrote " + written.size() + " preview files to " + Path.of(args[0]).toAbsolutePath());
    }

    /** Writes the previews and returns the files written. */
    public static List<Path> writeAll(Path folder) throws IOException, MessagingException {
        Files.createDirectories(folder);
        EmailTemplates templates = new EmailTemplates();
        Previews previews = new Previews(templates);
        // a fixed Date header, so that previews of the same templates are the same files
        MessageComposer composer = new MessageComposer(templates, MessageComposer.DEFAULT_MESSAGE_ID_DOMAIN,
                Clock.fixed(Instant.parse("2025-03-17T09:00:00Z"), ZoneOffset.UTC));
        Session session = Session.getInstance(new Properties());
        Mailbox from = new Mailbox("orders@renewalpost.example", "Renewal Post");

        List<Path> written = new ArrayList<>();
        for (EmailKind kind : EmailKind.values()) {
            List<CodeKind> variants = kind.carriesCode() ? List.of(CodeKind.values()) : List.of(CodeKind.ESIM_PROFILE);
            for (Language language : Language.values()) {
                for (CodeKind codeKind : variants) {
                    String name = slug(kind.name()) + "_" + language.tag() + (kind.carriesCode() ? "_" + slug(codeKind.name()) : "");
                    PreviewEmail preview = previews.preview(kind, language.tag(), codeKind);
                    written.add(Files.writeString(folder.resolve(name + ".html"), preview.html(), StandardCharsets.UTF_8));
                    written.add(Files.writeString(folder.resolve(name + ".txt"), preview.text(), StandardCharsets.UTF_8));

                    var email = SampleEmails.of(kind, language, codeKind);
                    MimeMessage message = composer.compose(session, email,
                            new Envelope(from, new Mailbox("customer@example.com", email.order().customerName()), "preview:" + name));
                    Path eml = folder.resolve(name + ".eml");
                    try (OutputStream out = Files.newOutputStream(eml)) {
                        message.writeTo(out);
                    }
                    written.add(eml);
                }
            }
        }
        return written;
    }

    private static String slug(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
