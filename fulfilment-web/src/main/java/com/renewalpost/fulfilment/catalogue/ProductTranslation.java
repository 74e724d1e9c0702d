package com.renewalpost.fulfilment.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A product's wording in one language, as an admin wrote it. */
@Entity
@Table(name = "product_translation")
public class ProductTranslation {

    @Id
    @SequenceGenerator(name = "product_translation_seq", sequenceName = "product_translation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_translation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    /** BCP 47 tag of a language letters are written in: en, zh-Hans, zh-Hant, ja, es. */
    private String language;

    private String name;

    @Column(name = "plan_description")
    private String planDescription;

    @Version
    private long version;

    protected ProductTranslation() {
    }

    ProductTranslation(Product product, String language, ProductWording wording) {
        this.product = product;
        this.language = language;
        reword(wording);
    }

    void reword(ProductWording wording) {
        this.name = wording.name();
        this.planDescription = wording.planDescription();
    }

    public String language() {
        return language;
    }

    public ProductWording wording() {
        return new ProductWording(name, planDescription);
    }
}
