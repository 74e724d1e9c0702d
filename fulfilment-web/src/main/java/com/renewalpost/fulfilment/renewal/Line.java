package com.renewalpost.fulfilment.renewal;

import com.renewalpost.fulfilment.orders.Channel;
import com.renewalpost.fulfilment.orders.Order;
import com.renewalpost.fulfilment.orders.PostalService;
import com.renewalpost.fulfilment.orders.RenewedLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A renewed line (an eSIM's ICCID, or a US phone number), following the latest order that renewed it and was not
 * cancelled: the customer as that order knows them, and when the plan next expires ({@link NextExpiry}).
 */
@Entity(name = "RenewalLine")
@Table(name = "renewal_line")
public class Line {

    public enum Kind { ICCID, PHONE }

    @Id
    @SequenceGenerator(name = "renewal_line_seq", sequenceName = "renewal_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "renewal_line_seq")
    private Long id;

    @Column(name = "line_key")
    private String lineKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "line_kind")
    private Kind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "latest_order_id")
    private Order latestOrder;

    @Column(name = "customer_name")
    private String customerName;

    @Column(name = "customer_name_latin")
    private String customerNameLatin;

    @Column(name = "customer_email")
    private String customerEmail;

    @Column(name = "customer_language")
    private String customerLanguage;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String destination;

    @Enumerated(EnumType.STRING)
    @Column(name = "postal_service")
    private PostalService postalService;

    @Column(name = "next_expires_on")
    private LocalDate nextExpiresOn;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Line() {
    }

    /** The line a new order renews, first seen on {@code latest}. */
    Line(Order latest, OffsetDateTime at) {
        this.lineKey = keyOf(latest.line());
        this.kind = latest.line().iccid() != null ? Kind.ICCID : Kind.PHONE;
        follow(latest, at);
    }

    /** Takes the customer, the plan and the expiry from the order that renewed the line last. */
    void follow(Order latest, OffsetDateTime at) {
        if (!keyOf(latest.line()).equals(lineKey)) {
            throw new IllegalArgumentException("order " + latest.number() + " renews another line");
        }
        var c = latest.customer();
        this.latestOrder = latest;
        this.customerName = c.name();
        this.customerNameLatin = c.nameLatin();
        this.customerEmail = c.email();
        this.customerLanguage = c.language();
        this.channel = latest.channel();
        this.destination = latest.address().countryCode();
        this.postalService = latest.orderedPostalService();
        this.nextExpiresOn = NextExpiry.of(latest.planExpiresOn(), latest.product().planDays()).orElse(null);
        this.updatedAt = at;
    }

    /** How a line is named: its ICCID where the order has one, else its phone number (as the migration keys it). */
    public static String keyOf(RenewedLine line) {
        return line.iccid() != null ? line.iccid() : line.phone();
    }

    /** Whether the key is a phone number: those are kept in E.164 ("+1..."), ICCIDs are digits only. */
    static boolean isPhoneKey(String key) {
        return key.startsWith("+");
    }

    public Long id() { return id; }
    public String key() { return lineKey; }
    public Kind kind() { return kind; }
    public Order latestOrder() { return latestOrder; }
    public String customerName() { return customerName; }
    public String customerNameLatin() { return customerNameLatin; }
    public String customerEmail() { return customerEmail; }
    public String customerLanguage() { return customerLanguage; }
    public Channel channel() { return channel; }
    public String destination() { return destination; }
    public PostalService postalService() { return postalService; }
    public Optional<LocalDate> nextExpiresOn() { return Optional.ofNullable(nextExpiresOn); }
    public OffsetDateTime updatedAt() { return updatedAt; }
}
