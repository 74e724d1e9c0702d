package com.renewalpost.fulfilment.notifications;

import com.renewalpost.labels.address.AddressFormats;
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
import java.util.Locale;
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
    // the business's identity is shared with the letters (package printing): one name, one support contact
    @Inject
    @ConfigProperty(name = "fulfilment.sender.name", defaultValue = "Renewal Post")
    String senderName;
    @Inject
    @ConfigProperty(name = "fulfilment.sender.support-email", defaultValue = "help@example.com")
    String supportEmail;
    @Inject
    @ConfigProperty(name = "fulfilment.sender.support-phone")
    Optional<String> supportPhone;
    @Inject
    @ConfigProperty(name = "fulfilment.sender.street1")
    Optional<String> street1;
    @Inject
    @ConfigProperty(name = "fulfilment.sender.street2")
    Optional<String> street2;
    @Inject
    @ConfigProperty(name = "fulfilment.sender.city")
    Optional<String> city;
    @Inject
    @ConfigProperty(name = "fulfilment.sender.region")
    Optional<String> region;
    @Inject
    @ConfigProperty(name = "fulfilment.sender.postcode")
    Optional<String> postcode;
    @Inject
    @ConfigProperty(name = "fulfilment.sender.country")
    Optional<String> country;
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
    @ConfigProperty(name = "fulfilment.email.retry.give-up-hours", defaultValue = "48")
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
        try {
            return new EmailIdentity(new Mailbox(fromAddress.strip(), fromName.map(String::strip).orElse(null)),
                    new SupportContact(supportEmail.strip(), supportPhone.map(String::strip).orElse(null)),
                    new Sender(senderName.strip(), footerAddress()), messageIdDomain.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("fulfilment.email.from.*, fulfilment.sender.* or "
                    + "fulfilment.email.message-id-domain: " + e.getMessage(), e);
        }
    }

    /** The sender's address for the email footer: street lines, then "city region postcode", then the country. */
    private List<String> footerAddress() {
        List<String> lines = new ArrayList<>();
        street1.map(String::strip).filter(s -> !s.isEmpty()).ifPresent(lines::add);
        street2.map(String::strip).filter(s -> !s.isEmpty()).ifPresent(lines::add);
        var place = Stream.of(city, region, postcode).flatMap(Optional::stream).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
        if (!place.isEmpty()) {
            lines.add(place);
        }
        country.map(c -> c.strip().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty())
                .map(c -> AddressFormats.standard().countries().contains(c)
                        ? AddressFormats.standard().forCountry(c).countryNameForPeople() : c)
                .ifPresent(lines::add);
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
