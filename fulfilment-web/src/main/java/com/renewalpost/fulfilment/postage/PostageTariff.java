package com.renewalpost.fulfilment.postage;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Rates introduced together from one date. Never edited: a new price is a new tariff. */
@Entity
@Table(name = "postage_tariff")
public class PostageTariff {

    @Id
    @SequenceGenerator(name = "postage_tariff_seq", sequenceName = "postage_tariff_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "postage_tariff_seq")
    private Long id;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    private String description;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @OneToMany(mappedBy = "tariff", cascade = CascadeType.PERSIST)
    private List<PostageRate> rates = new ArrayList<>();

    protected PostageTariff() {
    }

    PostageTariff(LocalDate effectiveFrom, String description, OffsetDateTime createdAt, String createdBy) {
        this.effectiveFrom = effectiveFrom;
        this.description = description;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void add(PostageRate rate) {
        rates.add(rate);
    }

    public Long id() { return id; }
    public LocalDate effectiveFrom() { return effectiveFrom; }
    public String description() { return description; }
    public OffsetDateTime createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public List<PostageRate> rates() { return Collections.unmodifiableList(rates); }
}
