package com.renewalpost.fulfilment.platform;

import com.renewalpost.labels.PaperSize;
import com.renewalpost.labels.PrintSettings;
import com.renewalpost.labels.Sender;
import com.renewalpost.labels.address.PostalAddress;
import com.renewalpost.labels.font.FontPaths;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How this office prints, from MicroProfile Config (fulfilment.sender.*, fulfilment.print.*,
 * fulfilment.customs.*): the sender on letterheads, labels and manifests, the paper, the postage
 * imprint, and who signs the CN22. Built once; a missing or wrong value stops the deployment
 * rather than the first print run.
 */
@ApplicationScoped
public class PrintingSettings {

    @Inject
    @ConfigProperty(name = "fulfilment.sender.name")
    String senderName;
    @Inject
    @ConfigProperty(name = "fulfilment.sender.street1")
    String street1;
    @Inject
    @ConfigProperty(name = "fulfilment.sender.street2")
    Optional<String> street2;
    @Inject
    @ConfigProperty(name = "fulfilment.sender.city")
    String city;
    @Inject
    @ConfigProperty(name = "fulfilment.sender.region")
    Optional<String> region;
    @Inject
    @ConfigProperty(name = "fulfilment.sender.postcode")
    Optional<String> postcode;
    @Inject
    @ConfigProperty(name = "fulfilment.sender.country")
    String country;
    @Inject
    @ConfigProperty(name = "fulfilment.sender.support-email")
    String supportEmail;
    @Inject
    @ConfigProperty(name = "fulfilment.sender.support-phone")
    Optional<String> supportPhone;
    @Inject
    @ConfigProperty(name = "fulfilment.sender.website")
    Optional<String> website;
    @Inject
    @ConfigProperty(name = "fulfilment.print.paper", defaultValue = "US_LETTER")
    String paper;
    @Inject
    @ConfigProperty(name = "fulfilment.print.postage-text")
    String postageText;
    @Inject
    @ConfigProperty(name = "fulfilment.print.domestic-postage-text")
    Optional<String> domesticPostageText;
    @Inject
    @ConfigProperty(name = "fulfilment.print.top-up-url")
    Optional<String> topUpUrl;
    @Inject
    @ConfigProperty(name = "fulfilment.customs.signer")
    Optional<String> customsSigner;

    private PrintSettings settings;

    @PostConstruct
    void init() {
        var address = new PostalAddress(senderName, null,
                Stream.concat(Stream.of(street1), street2.stream()).filter(s -> !s.isBlank()).toList(),
                null, city, region.orElse(null), postcode.orElse(null), country.strip().toUpperCase(Locale.ROOT));
        PaperSize paperSize;
        try {
            paperSize = PaperSize.valueOf(paper.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("fulfilment.print.paper is one of " + List.of(PaperSize.values()));
        }
        settings = new PrintSettings(paperSize,
                new Sender(senderName, address, supportEmail, supportPhone.orElse(null), website.orElse(null)),
                // '|' separates lines, so that the imprint can also be given as one environment variable
                postageText.replace("|", "\n"), topUpUrl.orElse(null), FontPaths.defaults(),
                domesticPostageText.map(text -> text.replace("|", "\n")).orElse(null));
    }

    /** Builds the settings while the application starts, so that a wrong value fails the deployment. */
    void check(@jakarta.enterprise.event.Observes @jakarta.enterprise.context.Initialized(ApplicationScoped.class) Object started) {
        settings();
    }

    public PrintSettings settings() {
        return settings;
    }

    /** Country of the sender: letters to it need no customs declaration. */
    public String senderCountry() {
        return settings.sender().address().countryCode();
    }

    public String customsSigner() {
        return customsSigner.filter(s -> !s.isBlank()).orElse(senderName);
    }
}
