package com.renewalpost.labels;

import com.renewalpost.labels.address.PostalAddress;
import com.renewalpost.labels.font.FontPaths;
import com.renewalpost.labels.letter.EsimProfile;
import com.renewalpost.labels.letter.LetterContent;
import com.renewalpost.labels.letter.Voucher;

import com.renewalpost.labels.shipping.CustomsCategory;
import com.renewalpost.labels.shipping.CustomsDeclaration;
import com.renewalpost.labels.shipping.ShippingLabelContent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Realistic inputs shared by the tests, the benchmark and the README pictures. */
public final class Samples {

    public static final String ACTIVATION = "LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815";

    private Samples() {
    }

    public static Sender sender() {
        return new Sender("Renewal Post",
                new PostalAddress("Renewal Post", null, List.of("1200 Harbor Blvd", "Suite 410"), null, "Weehawken", "NJ",
                        "07086", "US"),
                "help@renewalpost.example", "+1 201 555 0143", "renewalpost.example");
    }

    public static PrintSettings settings() {
        return new PrintSettings(PaperSize.A4, sender(), "FIRST-CLASS MAIL INTL\nU.S. POSTAGE PAID\nPERMIT NO. 1234",
                null, FontPaths.defaults());
    }

    public static LetterContent esimLetter() {
        return new LetterContent("RP-7K3M9Q2X", "en", "Maria Santos", "US eSIM Unlimited",
                "30 days, unlimited talk and text, 10 GB data",
                new EsimProfile("smdp.gsma.com", "04386-AGYFT-A74Y8-3F815", null, false), LocalDate.of(2026, 3, 5));
    }

    /** The eSIM letter to a customer with another language and name (and, when given, the name in Latin letters). */
    public static LetterContent esimLetter(String language, String name, String latinName) {
        LetterContent l = esimLetter();
        return new LetterContent(l.orderNumber(), language, name, l.productName(), l.planDescription(), l.code(), l.letterDate(),
                latinName);
    }

    public static LetterContent voucherLetter(String language, String name) {
        return new LetterContent("RP-4H8W2N6C", language, name, "US Talk & Text Renewal", "30 days",
                new Voucher("8273645519283746"), LocalDate.of(2026, 3, 5));
    }

    public static CustomsDeclaration customs() {
        return new CustomsDeclaration(CustomsCategory.OTHER, "Prepaid phone service card (printed letter)", 1, 20,
                new BigDecimal("25.00"), "USD", "4911.99", "US", LocalDate.of(2026, 3, 5), "Dana Whitfield");
    }

    public static ShippingLabelContent label() {
        return new ShippingLabelContent("RP-7K3M9Q2X",
                new PostalAddress("Maria Santos", null, List.of("Unit 12B, The Residences", "6750 Ayala Avenue"), "Bel-Air",
                        "Makati", "Metro Manila", "1209", "PH"),
                "First-Class Mail International", "RB123456785US", customs());
    }
}
