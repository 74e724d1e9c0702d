package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.platform.PrintingSettings;
import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.catalogue.ProductKind;
import com.renewalpost.fulfilment.catalogue.ProductWording;
import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.codes.EsimActivationCode;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.labels.address.PostalAddress;
import com.renewalpost.labels.letter.LetterCode;
import com.renewalpost.labels.letter.EsimProfile;
import com.renewalpost.labels.letter.LetterContent;
import com.renewalpost.labels.letter.PaidBy;
import com.renewalpost.labels.letter.Receipt;
import com.renewalpost.labels.letter.Voucher;
import com.renewalpost.labels.run.LabelMedia;
import com.renewalpost.labels.run.PrintRunOutputs;
import com.renewalpost.labels.shipping.CustomsCategory;
import com.renewalpost.labels.shipping.CustomsDeclaration;
import com.renewalpost.labels.shipping.ShippingLabelContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents of a run, made by label-printing from the run's printed lines in line order:
 * letters, labels (4x6 PDF and ZPL), label sheets and the packing list. They are made again on
 * every download rather than stored, because the letters carry activation codes in clear and
 * codes are kept only encrypted; every input is fixed by the run (its date, the tracking numbers
 * as printed, the orders' codes), and {@link ReproduciblePdf} fixes what iText would vary, so
 * each download is byte for byte the same.
 */
@ApplicationScoped
@Transactional
public class PrintRunDocuments {

    /** A document ready to download. */
    public record Document(String fileName, String mediaType, byte[] bytes) {
    }

    // Stands in for the code where only the label side of an item is drawn: label-printing's
    // PrintRunItem always carries a letter, and decrypting codes that are not printed is needless exposure.
    private static final LetterCode NOT_PRINTED = new Voucher("not printed");

    @PersistenceContext
    EntityManager em;
    @Inject
    CodeStock codeStock;
    @Inject
    PrintingSettings printing;
    @Inject
    Catalogue catalogue;
    @Inject
    RenewalFormPages renewalForms;

    /**
     * What a document of a run is made of: its printed lines as label-printing items, in line
     * order, with the run's fixed name, date and identity. Loaded in a transaction of its own,
     * so that the database connection is free again before the (longer) rendering starts.
     */
    public record Content(DocumentKind kind, String runName, OffsetDateTime createdAt, String key, String fileName,
                          List<com.renewalpost.labels.run.Envelope> items) {
    }

    /** The content of a document of the whole run. */
    @Transactional
    public Content ofRun(long runId, DocumentKind kind) {
        var run = run(runId);
        var lines = em.createQuery("SELECT i FROM PrintRunItem i JOIN FETCH i.order o JOIN FETCH o.product "
                        + "WHERE i.run = :r AND i.outcome = :o ORDER BY i.line", PrintRunItem.class)
                .setParameter("r", run)
                .setParameter("o", PrintRunItem.Outcome.PRINTED)
                .getResultList();
        return new Content(kind, run.name(), run.createdAt(), "print-run:" + run.id() + ":" + kind,
                "run-" + run.runDate() + "-" + run.dayNumber() + "-" + kind.fileName(), items(run, lines, kind));
    }

    /** The content of a document of one printed item of the run, for its reprint. */
    @Transactional
    public Content ofItem(long runId, OrderNumber number, DocumentKind kind) {
        var run = run(runId);
        var line = em.createQuery("SELECT i FROM PrintRunItem i JOIN FETCH i.order o JOIN FETCH o.product "
                        + "WHERE i.run = :r AND o.number = :n AND i.outcome = :p", PrintRunItem.class)
                .setParameter("r", run).setParameter("n", number.value())
                .setParameter("p", PrintRunItem.Outcome.PRINTED)
                .getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("not-in-run",
                        Message.of("print.notInRun", number, run.name())));
        return new Content(kind, run.name() + " / " + number, run.createdAt(),
                "print-run:" + run.id() + ":" + number + ":" + kind,
                "run-" + run.runDate() + "-" + run.dayNumber() + "-" + number + "-" + kind.fileName(),
                items(run, List.of(line), kind));
    }

    /** Draws the document with label-printing; PDFs made reproducible, so each download is the same bytes. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Document render(Content content) {
        var kind = content.kind();
        var out = new ByteArrayOutputStream(64 * 1024);
        var outputs = switch (kind) {
            case LETTERS -> new PrintRunOutputs(out, null, null, null);
            case LABELS, LABEL_SHEETS -> new PrintRunOutputs(null, out, null, null);
            case LABELS_ZPL -> new PrintRunOutputs(null, null, out, null);
            case PACKING_LIST -> new PrintRunOutputs(null, null, null, out);
        };
        var media = kind == DocumentKind.LABEL_SHEETS ? LabelMedia.SHEETS : LabelMedia.THERMAL_4X6;
        new com.renewalpost.labels.run.RunDocumentsWriter(printing.settings(), media).write(content.items(), outputs,
                content.runName());
        var bytes = kind.isPdf() ? ReproduciblePdf.of(out.toByteArray(), content.createdAt(), content.key())
                : out.toByteArray();
        return new Document(content.fileName(), kind.mediaType(), bytes);
    }

    /**
     * Why the order could not be printed, if it could not: the letter and label are built (without
     * the code) before anything is allocated, so that one unprintable order is held with the
     * reason instead of breaking the documents of the whole run.
     */
    public Optional<Message> unprintable(Order order, LocalDate on) {
        try {
            letter(order, NOT_PRINTED, on, catalogue.translations(order.product()));
            var label = label(order, null, on);
            // beyond these lengths label-printing does not promise to print a label in full
            var recipient = label.recipient();
            if (recipient.name().length() > PostalAddress.MAX_NAME_LENGTH) {
                return Optional.of(Message.of("print.unprintable.name", PostalAddress.MAX_NAME_LENGTH));
            }
            var lines = new java.util.ArrayList<>(recipient.streetLines());
            java.util.stream.Stream.of(recipient.organisation(), recipient.dependentLocality(), recipient.city(),
                    recipient.region()).filter(java.util.Objects::nonNull).forEach(lines::add);
            if (lines.stream().anyMatch(l -> l.length() > PostalAddress.MAX_LINE_LENGTH)) {
                return Optional.of(Message.of("print.unprintable.line", PostalAddress.MAX_LINE_LENGTH));
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(Message.of("print.unprintable.other", e.getMessage()));
        }
    }

    private List<com.renewalpost.labels.run.Envelope> items(PrintRun run, List<PrintRunItem> lines,
                                                                 DocumentKind kind) {
        // a run holds a few products: their wording is read once each
        var translations = new HashMap<Long, Map<String, ProductWording>>();
        java.util.function.Function<Order, ProductWording> wording = order -> ProductWording.forCustomer(
                translations.computeIfAbsent(order.product().id(), id -> catalogue.translations(order.product())),
                order.product(), order.customer().language());
        // each letter's renewal form is its next page (letters printed before forms were have none)
        var forms = kind == DocumentKind.LETTERS
                ? renewalForms.contentsFor(lines.stream().map(PrintRunItem::order).toList(), wording)
                : Map.<Long, com.renewalpost.labels.letter.RenewalFormContent>of();
        return lines.stream().map(line -> new com.renewalpost.labels.run.Envelope(
                letter(line.order(), kind == DocumentKind.LETTERS ? code(line.order()) : NOT_PRINTED, run.runDate(),
                        translations.computeIfAbsent(line.order().product().id(),
                                id -> catalogue.translations(line.order().product())))
                        .withRenewalForm(forms.get(line.order().id())),
                label(line.order(), line.trackingNumber(), run.runDate()))).toList();
    }

    private PrintRun run(long runId) {
        var run = em.find(PrintRun.class, runId);
        if (run == null) {
            throw DomainException.notFound("unknown-print-run",
                    Message.of("print.unknownRun", String.valueOf(runId)));
        }
        return run;
    }

    private LetterCode code(Order order) {
        var plain = codeStock.plainCodeOf(order).orElseThrow(() -> new IllegalStateException(
                "Printed order " + order.number() + " holds no activation code"));
        if (order.product().kind() == ProductKind.VOUCHER) {
            return new Voucher(plain);
        }
        var esim = EsimActivationCode.parse(plain).value().orElseThrow(() -> new IllegalStateException(
                "The stored code of " + order.number() + " is not an SGP.22 activation code"));
        return new EsimProfile(esim.smdpAddress(), esim.matchingId(), esim.smdpOid(), esim.confirmationCodeRequired());
    }

    /** The letter in the customer's language, the product named and described as the catalogue words it for them. */
    private LetterContent letter(Order order, LetterCode code, LocalDate on, Map<String, ProductWording> translations) {
        var wording = ProductWording.forCustomer(translations, order.product(), order.customer().language());
        return new LetterContent(order.number().value(), order.customer().language(), order.customer().name(),
                wording.name(), wording.planDescription(), code, on, order.customer().nameLatin(), receipt(order));
    }

    /** The order's date and payment as the letter states them for the customer's records. */
    private static Receipt receipt(Order order) {
        var payment = order.payment();
        if (payment == null || payment.amount() == null || order.createdAt() == null) {
            return null;
        }
        var paidBy = switch (payment.method()) {
            case CHEQUE -> PaidBy.CHEQUE;
            case MONEY_ORDER -> PaidBy.MONEY_ORDER;
            case CARD -> PaidBy.CARD;
            case PAYPAL -> PaidBy.PAYPAL;
            case ALIPAY -> PaidBy.ALIPAY;
            case MARKETPLACE -> PaidBy.MARKETPLACE;
            default -> PaidBy.OTHER;
        };
        return new Receipt(order.createdAt().withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDate(),
                payment.amount().amount(), payment.amount().currency(), paidBy);
    }

    /** A tracked letter printed without a number of ours gets the post office's sticker: its label shows where. */
    private ShippingLabelContent label(Order order, String trackingNumber, LocalDate on) {
        var product = order.product();
        var destination = order.address().countryCode();
        // letters within the sender's own country cross no border: no CN22, the domestic service band
        var domestic = destination.equals(printing.senderCountry());
        var customs = domestic ? null
                : new CustomsDeclaration(CustomsCategory.OTHER, product.customsDescription(), 1, product.weightGrams(),
                product.price().amount(), product.price().currency(), product.hsCode(), printing.senderCountry(), on,
                printing.customsSigner());
        return new ShippingLabelContent(order.number().value(),
                order.address().toPostalAddress(order.customer().nameLatin()), order.postalService().printedName(!domestic),
                trackingNumber, customs, order.postalService().tracked() && trackingNumber == null);
    }
}
