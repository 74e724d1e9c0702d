package com.renewalpost.fulfilment.postage;

import com.renewalpost.fulfilment.orders.PostalService;
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

import java.math.BigDecimal;

/** One price of a tariff: a service to a zone, for weights up to {@code maxWeightGrams}. */
@Entity
@Table(name = "postage_rate")
public class PostageRate {

    @Id
    @SequenceGenerator(name = "postage_rate_seq", sequenceName = "postage_rate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "postage_rate_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tariff_id")
    private PostageTariff tariff;

    @Enumerated(EnumType.STRING)
    private PostalService service;

    private String zone;

    @Column(name = "max_weight_grams")
    private int maxWeightGrams;

    @Column(name = "price_amount")
    private BigDecimal priceAmount;

    @Column(name = "price_currency")
    private String priceCurrency;

    protected PostageRate() {
    }

    PostageRate(PostageTariff tariff, PostalService service, String zone, int maxWeightGrams, BigDecimal price,
                String currency) {
        this.tariff = tariff;
        this.service = service;
        this.zone = zone;
        this.maxWeightGrams = maxWeightGrams;
        this.priceAmount = price;
        this.priceCurrency = currency;
    }

    Tariff.Rate toRate() {
        return new Tariff.Rate(id, tariff.id(), tariff.effectiveFrom(), service, zone, maxWeightGrams, priceAmount,
                priceCurrency);
    }
}
