package com.renewalpost.fulfilment.notifications;

import com.renewalpost.fulfilment.platform.PrintingSettings;
import com.renewalpost.labels.address.AddressFormats;
import com.renewalpost.labels.address.PostalAddress;
import com.renewalpost.mail.Mailbox;
import com.renewalpost.mail.Sender;
import com.renewalpost.mail.SupportContact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code fulfilment.email.*} settings and the business's {@code fulfilment.sender.*} identity
 * (documented in META-INF/microprofile-config.properties, whose values the defaults here repeat
 * for deployments that replace that file),
 * turned into the small values the outbox works with. A value that makes no sense is refused
 * with the key's name. The outbox schedule asks for them at start-up, so that is when it shows.
 */
@ApplicationScoped
public class EmailConfiguration {

    @Inject
    @ConfigProperty(name = "fulfilment.email.smtp.host", defaultValue = "localhost")
    String smtpHost;
    @Inject
    @ConfigProperty(name = "fulfilment.email.smtp.port", defaultValue = "587")
    int smtpPort;
    @Inject
    @ConfigProperty(name = "fulfilment.email.smtp.user")
    Optional<String> smtpUser;
    @Inject
    @ConfigProperty(name = "fulfilment.email.smtp.password")
    Optional<String> smtpPassword;
    @Inject
    @ConfigProperty(name = "fulfilment.email.smtp.starttls", defaultValue = "true")
    boolean startTls;
    @Inject
    @ConfigProperty(name = "fulfilment.email.smtp.timeout-seconds", defaultValue = "30")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "fulfilment.email.from.address", defaultValue = "renewals@example.com")
    String fromAddress;
    @Inject
    @ConfigProperty(name = "fulfilment.email.from.name")
    Optional<String> fromName;
    // the business's identity is the letters' (fulfilment.sender.*): one name, one address, one support contact
    @Inject
    PrintingSettings printing;
    @Inject
    @ConfigProperty(name = "fulfilment.email.message-id-domain", defaultValue = "renewalpost.invalid")
    String messageIdDomain;

    @Inject
    @ConfigProperty(name = "fulfilment.email.retry.first-delay-seconds", defaultValue = "60")
    long retryFirstDelaySeconds;
    @Inject
    @ConfigProperty(name = "fulfilment.email.retry.max-delay-minutes", defaultValue = "60")
    long retryMaxDelayMinutes;
    @Inject
    @ConfigProperty(name = "fulfilment.email.retry.give-up-hours", defaultValue = "120")
    long retryGiveUpHours;

    @Inject
    @ConfigProperty(name = "fulfilment.email.delay.grace-days", defaultValue = "3")
    int graceDays;
    @Inject
    @ConfigProperty(name = "fulfilment.email.at-risk.days", defaultValue = "7")
    int atRiskDays;

    @Produces
    @Singleton
    SmtpMailer mailer() {
        return new SmtpMailer(new SmtpSettings(smtpHost.strip(), smtpPort, smtpUser.map(String::strip),
                smtpPassword, startTls, Duration.ofSeconds(positive(timeoutSeconds, "fulfilment.email.smtp.timeout-seconds"))));
    }

    @Produces
    @Singleton
    EmailIdentity identity() {
        var sender = printing.settings().sender();
        try {
            return new EmailIdentity(new Mailbox(fromAddress.strip(), fromName.map(String::strip).orElse(null)),
                    new SupportContact(sender.supportEmail().strip(),
                            sender.supportPhone() == null ? null : sender.supportPhone().strip()),
                    new Sender(sender.name().strip(), footerAddress(sender.address())), messageIdDomain.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("fulfilment.email.from.*, fulfilment.sender.* or "
                    + "fulfilment.email.message-id-domain: " + e.getMessage(), e);
        }
    }

    /** The sender's address for the email footer: street lines, then "city region postcode", then the country. */
    static List<String> footerAddress(PostalAddress address) {
        List<String> lines = new ArrayList<>(address.streetLines());
        var place = Stream.of(address.city(), address.region(), address.postcode()).filter(Objects::nonNull)
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
        if (!place.isEmpty()) {
            lines.add(place);
        }
        var country = address.countryCode();
        lines.add(AddressFormats.standard().countries().contains(country)
                ? AddressFormats.standard().forCountry(country).countryNameForPeople() : country);
        return lines;
    }

    @Produces
    @Singleton
    RetrySchedule retrySchedule() {
        return new RetrySchedule(
                Duration.ofSeconds(positive(retryFirstDelaySeconds, "fulfilment.email.retry.first-delay-seconds")),
                Duration.ofMinutes(positive(retryMaxDelayMinutes, "fulfilment.email.retry.max-delay-minutes")),
                Duration.ofHours(positive(retryGiveUpHours, "fulfilment.email.retry.give-up-hours")));
    }

    @Produces
    @Singleton
    CodeEmailRules codeEmailRules() {
        return new CodeEmailRules(graceDays, atRiskDays);
    }

    private static long positive(long value, String key) {
        if (value < 1) {
            throw new IllegalStateException(key + " must be at least 1");
        }
        return value;
    }
}
