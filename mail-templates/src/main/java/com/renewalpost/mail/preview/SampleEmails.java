package com.renewalpost.mail.preview;

import com.renewalpost.mail.EmailedCode;
import com.renewalpost.mail.CodeAtRisk;
import com.renewalpost.mail.CodeDelayed;
import com.renewalpost.mail.CodeKind;
import com.renewalpost.mail.ConfirmationCode;
import com.renewalpost.mail.CustomerEmail;
import com.renewalpost.mail.DeliveryWindow;
import com.renewalpost.mail.EmailKind;
import com.renewalpost.mail.Language;
import com.renewalpost.mail.OrderDetails;
import com.renewalpost.mail.Posted;
import com.renewalpost.mail.BalanceDue;
import com.renewalpost.mail.RenewalReminder;
import com.renewalpost.mail.NextCardOnItsWay;
import com.renewalpost.mail.ReplacementSent;
import com.renewalpost.mail.Sender;
import com.renewalpost.mail.SupportContact;
import com.renewalpost.mail.Tracking;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Realistic, fixed sample inputs for previews; no real customer or code. */
public final class SampleEmails {

    /** The example activation code of GSMA SGP.22 §4.1, not a real profile. */
    public static final String SAMPLE_ESIM_CODE = "LPA:1$SMDP.GSMA.COM$04386-AGYFT-A74Y8-3F815";
    public static final String SAMPLE_VOUCHER_PIN = "4802-7719-3356-0148";
    public static final String SAMPLE_ORDER_NUMBER = "RP-2025-000123";
    /** An SGP.22 confirmation code, made up. */
    public static final String SAMPLE_CONFIRMATION_CODE = "73914528";
    /** The last four digits of the sample customer's line. */
    public static final String SAMPLE_LINE_ENDING = "4417";
    /** A valid UPU S10 number (serial 47312482, check digit 9). */
    public static final String SAMPLE_TRACKING_NUMBER = "RB473124829US";
    public static final String SAMPLE_ORDER_ONLINE_URL = "https://renewalpost.example/order";
    public static final String SAMPLE_UNSUBSCRIBE_URL = "https://renewalpost.example/api/public/reminders/unsubscribe?token=sample";

    private static final LocalDate POSTED_ON = LocalDate.of(2025, 3, 3);
    private static final DeliveryWindow WINDOW = new DeliveryWindow(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 21));

    private SampleEmails() {
    }

    /** Sample email of this kind; code emails carry an eSIM profile. */
    public static CustomerEmail of(EmailKind kind, Language language) {
        return of(kind, language, CodeKind.ESIM_PROFILE);
    }

    /** Sample email of this kind; {@code codeKind} matters only for the kinds that carry a code. */
    public static CustomerEmail of(EmailKind kind, Language language, CodeKind codeKind) {
        OrderDetails order = order(language);
        EmailedCode code = switch (codeKind) {
            case ESIM_PROFILE -> EmailedCode.esimProfile(SAMPLE_ESIM_CODE);
            case VOUCHER -> EmailedCode.voucherPin(SAMPLE_VOUCHER_PIN);
        };
        return switch (kind) {
            case CODE_DELAYED -> new CodeDelayed(order, code, POSTED_ON, tracking());
            case CODE_AT_RISK -> new CodeAtRisk(order, code, LocalDate.of(2025, 3, 14), POSTED_ON);
            case POSTED -> new Posted(order, POSTED_ON, WINDOW, tracking());
            case REPLACEMENT_SENT -> new ReplacementSent(order, ReplacementSent.Reason.LOST, LocalDate.of(2025, 3, 24),
                    new DeliveryWindow(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 11)), tracking());
            case BALANCE_DUE -> new BalanceDue(order, new java.math.BigDecimal("5.00"), new java.math.BigDecimal("24.00"),
                    new java.math.BigDecimal("29.00"), java.util.Currency.getInstance("USD"));
            case CONFIRMATION_CODE -> new ConfirmationCode(order, SAMPLE_CONFIRMATION_CODE);
            case RENEWAL_REMINDER -> new RenewalReminder(order, SAMPLE_LINE_ENDING, LocalDate.of(2025, 4, 30),
                    LocalDate.of(2025, 4, 2), false, URI.create(SAMPLE_ORDER_ONLINE_URL),
                    URI.create(SAMPLE_UNSUBSCRIBE_URL));
            case NEXT_CARD_ON_ITS_WAY -> new NextCardOnItsWay(order, LocalDate.of(2025, 4, 30), LocalDate.of(2025, 4, 23));
        };
    }

    static OrderDetails order(Language language) {
        String name = switch (language) {
            case EN -> "Alex Morgan";
            case ZH_HANS -> "王小明";
            case ZH_HANT -> "陳美玲";
            case JA -> "田中優希";
            case ES -> "Sofía García";
        };
        // the product's customer-facing name in the customer's language, as the catalogue keeps it
        String product = switch (language) {
            case EN -> "US eSIM Unlimited 30 days";
            case ZH_HANS -> "美国 eSIM 无限套餐 30 天";
            case ZH_HANT -> "美國 eSIM 無限方案 30 天";
            case JA -> "米国 eSIM 無制限プラン 30日間";
            case ES -> "eSIM ilimitada de EE. UU. por 30 días";
        };
        return new OrderDetails(name, language, SAMPLE_ORDER_NUMBER, product,
                new SupportContact("help@renewalpost.example", "+1 206 555 0100"),
                new Sender("Renewal Post", List.of("PO Box 1234", "Seattle WA 98101", "UNITED STATES")), SAMPLE_LINE_ENDING);
    }

    private static Tracking tracking() {
        return new Tracking(SAMPLE_TRACKING_NUMBER,
                URI.create("https://tools.usps.com/go/TrackConfirmAction?tLabels=" + SAMPLE_TRACKING_NUMBER));
    }
}
