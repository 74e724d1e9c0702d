package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.platform.PrintingSettings;
import com.renewalpost.labels.letter.LetterLanguage;
import com.renewalpost.labels.letter.RenewalFormContent;
import com.renewalpost.labels.letter.RenewalForms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The blank order form for new customers, in each letter language: every product on sale at its prices, how to pay
 * and where to send. Anyone may download it, so each language's PDF is rendered at most once a few minutes and kept
 * (five small files), not once per request.
 */
@ApplicationScoped
public class OrderForms {

    /** How long a rendered form is served before prices are read again. */
    static final Duration KEPT = Duration.ofMinutes(5);

    @Inject
    Catalogue catalogue;
    @Inject
    PrintingSettings printing;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "fulfilment.payments.payee")
    Optional<String> payee;
    @Inject
    @ConfigProperty(name = "fulfilment.renewal.blank-form-weeks", defaultValue = "4")
    int postWeeksAhead;

    private record Rendered(byte[] pdf, Instant at) {
    }

    private final Map<LetterLanguage, Rendered> rendered = new ConcurrentHashMap<>();

    /** Whom cheques and money orders are made out to: the setting, else the sender's name. */
    public String payee() {
        return payee.filter(p -> !p.isBlank()).orElse(printing.settings().sender().name());
    }

    /** The blank form in this language, as a PDF. */
    @Transactional
    public byte[] blankForm(LetterLanguage language) {
        var now = clock.instant();
        var kept = rendered.get(language);
        if (kept != null && kept.at().plus(KEPT).isAfter(now)) {
            return kept.pdf();
        }
        var out = new ByteArrayOutputStream();
        new RenewalForms(printing.settings()).write(RenewalFormContent.blank(language.tag(), prices(language), payee(),
                postWeeksAhead), out);
        rendered.put(language, new Rendered(out.toByteArray(), now));
        return out.toByteArray();
    }

    /** Every product on sale, named in the language, at its price. */
    private List<RenewalFormContent.Price> prices(LetterLanguage language) {
        return catalogue.all().stream().filter(Product::active).sorted(Comparator.comparing(Product::name))
                .flatMap(p -> prices(catalogue.wordingFor(p, language.tag()).name(), p).stream())
                .toList();
    }

    /** The product's prices as a form lists them: its own currency first, then the others it is sold in. */
    static List<RenewalFormContent.Price> prices(String name, Product product) {
        var own = product.price().currency();
        return product.prices().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, java.math.BigDecimal> e) -> !e.getKey().equals(own))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new RenewalFormContent.Price(name, e.getKey(), e.getValue())).toList();
    }
}
