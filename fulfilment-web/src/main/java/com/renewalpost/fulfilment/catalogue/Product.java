package com.renewalpost.fulfilment.catalogue;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** A renewal card on sale: what it renews, what it costs, and what the customs form says about it. */
@Entity
public class Product {

    @Id
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    private Long id;

    private String sku;
    private String name;

    @Enumerated(EnumType.STRING)
    private ProductKind kind;

    @Column(name = "plan_days")
    private int planDays;

    @Column(name = "data_allowance")
    private String dataAllowance;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "price_amount")),
            @AttributeOverride(name = "currency", column = @Column(name = "price_currency"))})
    private Money price;

    @Column(name = "weight_grams")
    private int weightGrams;

    @Column(name = "hs_code")
    private String hsCode;

    @Column(name = "customs_description")
    private String customsDescription;

    /** For vouchers: the shape every PIN of this product has (a regular expression). */
    @Column(name = "voucher_pattern")
    private String voucherPattern;

    @Column(name = "low_stock_threshold")
    private int lowStockThreshold;

    private boolean active;

    /** Its prices in other currencies than {@link #price}'s, as an admin set them (no exchange rates). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "product_price", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "currency")
    @Column(name = "amount")
    private Map<String, BigDecimal> otherPrices = new HashMap<>();

    @Version
    private long version;

    protected Product() {
    }

    public Product(String sku, String name, ProductKind kind, int planDays, String dataAllowance, Money price,
                   int weightGrams, String hsCode, String customsDescription, String voucherPattern,
                   int lowStockThreshold) {
        if (hsCode == null || !hsCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("HS code must be 6 digits");
        }
        if (kind == ProductKind.VOUCHER) {
            Pattern.compile(voucherPattern); // a voucher product without a valid PIN pattern cannot take stock
        }
        this.sku = sku;
        this.name = name;
        this.kind = kind;
        this.planDays = planDays;
        this.dataAllowance = dataAllowance;
        this.price = price;
        this.weightGrams = weightGrams;
        this.hsCode = hsCode;
        this.customsDescription = customsDescription;
        this.voucherPattern = voucherPattern;
        this.lowStockThreshold = lowStockThreshold;
        this.active = true;
    }

    /** Applies an admin's checked change; SKU and kind stay (see {@link ProductDetails}). */
    void revise(ProductDetails d) {
        this.name = d.name().strip();
        this.planDays = d.planDays();
        this.dataAllowance = d.dataAllowance().strip();
        this.price = new Money(d.price(), d.canonicalCurrency());
        this.weightGrams = d.weightGrams();
        this.hsCode = d.hsCode().strip();
        this.customsDescription = d.customsDescription().strip();
        this.voucherPattern = d.canonicalPattern(kind);
        this.lowStockThreshold = d.lowStockThreshold();
        this.active = d.active() == null || d.active();
    }

    /** The price a customer pays in this currency: its own price, or one an admin set; empty when there is none. */
    public Optional<Money> priceIn(String currency) {
        if (price.currency().equals(currency)) {
            return Optional.of(price);
        }
        return Optional.ofNullable(otherPrices.get(currency)).map(amount -> new Money(amount, currency));
    }

    /** Every price by currency, its own one included. */
    public Map<String, BigDecimal> prices() {
        var all = new TreeMap<>(otherPrices);
        all.put(price.currency(), price.amount());
        return Collections.unmodifiableMap(all);
    }

    /** Replaces the prices in other currencies (checked by the caller: see {@link ProductPrices}). */
    void reprice(Map<String, BigDecimal> others) {
        otherPrices.clear();
        otherPrices.putAll(others);
    }

    public Long id() { return id; }
    public String sku() { return sku; }
    public String name() { return name; }
    public ProductKind kind() { return kind; }
    public int planDays() { return planDays; }
    public String dataAllowance() { return dataAllowance; }
    public Money price() { return price; }
    public int weightGrams() { return weightGrams; }
    public String hsCode() { return hsCode; }
    public String customsDescription() { return customsDescription; }
    public Optional<Pattern> voucherPattern() {
        return Optional.ofNullable(voucherPattern).map(Pattern::compile);
    }
    public int lowStockThreshold() { return lowStockThreshold; }
    public boolean active() { return active; }
}
