package com.renewalpost.fulfilment.codes;

import com.renewalpost.fulfilment.catalogue.Product;
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

import java.time.OffsetDateTime;

/** One code in stock. Holds only the ciphertext; allocation is done in SQL by {@link CodeStock}. */
@Entity
@Table(name = "activation_code")
public class ActivationCode {

    public enum Status { AVAILABLE, ALLOCATED, VOID }

    @Id
    @SequenceGenerator(name = "activation_code_seq", sequenceName = "activation_code_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activation_code_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    private String ciphertext;

    private String fingerprint;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "imported_at")
    private OffsetDateTime importedAt;

    @Column(name = "allocated_at")
    private OffsetDateTime allocatedAt;

    @Column(name = "voided_at")
    private OffsetDateTime voidedAt;

    @Column(name = "void_reason")
    private String voidReason;

    /** The SGP.22 confirmation code, encrypted like the code; null when the code does not ask for one. */
    @Column(name = "confirmation_ciphertext")
    private String confirmationCiphertext;

    @Column(name = "confirmation_required")
    private boolean confirmationRequired;

    @Version
    private long version;

    protected ActivationCode() {
    }

    ActivationCode(Product product, String ciphertext, String fingerprint, OffsetDateTime importedAt) {
        this.product = product;
        this.ciphertext = ciphertext;
        this.fingerprint = fingerprint;
        this.status = Status.AVAILABLE;
        this.importedAt = importedAt;
    }

    ActivationCode(Product product, String ciphertext, String fingerprint, String confirmationCiphertext,
                   OffsetDateTime importedAt) {
        this(product, ciphertext, fingerprint, importedAt);
        this.confirmationCiphertext = confirmationCiphertext;
        this.confirmationRequired = confirmationCiphertext != null;
    }

    public Long id() { return id; }
    public Status status() { return status; }
    public Long orderId() { return orderId; }
    String ciphertext() { return ciphertext; }
    public boolean confirmationRequired() { return confirmationRequired; }
    String confirmationCiphertext() { return confirmationCiphertext; }

    @Override
    public String toString() {
        return "ActivationCode[" + id + ", " + status + "]";
    }
}
