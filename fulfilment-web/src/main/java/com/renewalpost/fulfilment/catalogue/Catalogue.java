package com.renewalpost.fulfilment.catalogue;

import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.staff.AuditAction;
import com.renewalpost.fulfilment.staff.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The products on sale, by SKU. Admins add and change them (the admin page and the API alike), audited. */
@ApplicationScoped
@Transactional
public class Catalogue {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;

    public Optional<Product> bySku(String sku) {
        return em.createQuery("SELECT p FROM Product p WHERE p.sku = :sku", Product.class)
                .setParameter("sku", sku)
                .getResultStream().findFirst();
    }

    public List<Product> all() {
        return all(PageRequest.first(PageRequest.MAX_SIZE));
    }

    /** One page of the products by SKU; the staff pages' choices show the first {@value PageRequest#MAX_SIZE}. */
    public List<Product> all(PageRequest page) {
        return page.of(em.createQuery("SELECT p FROM Product p ORDER BY p.sku", Product.class));
    }

    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM Product p", Long.class).getSingleResult();
    }

    @Transactional
    public void add(Product product) {
        em.persist(product);
    }

    /** Puts a new product on sale; refused with every invalid field listed, or when the SKU is taken. */
    @Transactional
    public Product create(ProductDetails details, String actor) {
        return create(details, null, actor);
    }

    /** The same with the product's wording for customers by language (null: none yet). */
    @Transactional
    public Product create(ProductDetails details, Map<String, ProductWording> translations, String actor) {
        if (details == null) {
            throw invalid(List.of(new DomainException.FieldError("product", Message.of("product.details"))));
        }
        var errors = new ArrayList<>(details.problems(true));
        errors.addAll(ProductWording.problems(translations));
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        var sku = details.canonicalSku();
        if (bySku(sku).isPresent()) {
            throw DomainException.conflict("sku-taken",
                    Message.of("product.taken", sku)).withErrors(null, List.of(new DomainException.FieldError("sku",
                    Message.of("product.taken", sku))));
        }
        var kind = details.productKind();
        var product = new Product(sku, details.name().strip(), kind, details.planDays(),
                details.dataAllowance().strip(), new Money(details.price(), details.canonicalCurrency()),
                details.weightGrams(), details.hsCode().strip(), details.customsDescription().strip(),
                details.canonicalPattern(kind), details.lowStockThreshold());
        product.revise(details); // the same rules as a change, e.g. for "active"
        em.persist(product);
        var wording = translations == null ? "" : retranslate(product, translations);
        audit.record(actor, AuditAction.PRODUCT_CREATED, sku, summary(product) + (wording.isEmpty() ? "" : "; " + wording));
        return product;
    }

    /**
     * Changes a product's details. Orders already taken keep what they were sold; postage and
     * customs of letters not yet posted follow the new weight and HS code.
     */
    @Transactional
    public Product change(String sku, ProductDetails details, String actor) {
        return change(sku, details, null, actor);
    }

    /**
     * The same with the product's wording for customers by language, which replaces what it had
     * (a language left out has none any more); null leaves the wording as it is.
     */
    @Transactional
    public Product change(String sku, ProductDetails details, Map<String, ProductWording> translations, String actor) {
        var product = bySku(sku).orElseThrow(() -> DomainException.notFound("unknown-product", Message.of("product.unknown", sku)));
        if (details == null) {
            throw invalid(List.of(new DomainException.FieldError("product", Message.of("product.details"))));
        }
        // the kind is the product's own, whatever the request says
        var checked = new ProductDetails(product.sku(), details.name(), product.kind().name(), details.planDays(),
                details.dataAllowance(), details.price(), details.currency(), details.weightGrams(),
                details.hsCode(), details.customsDescription(), details.voucherPattern(),
                details.lowStockThreshold(), details.active());
        var errors = new ArrayList<>(checked.problems(false));
        errors.addAll(ProductWording.problems(translations));
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        var before = fields(product);
        product.revise(checked);
        var after = fields(product);
        var changes = new StringBuilder();
        before.forEach((field, old) -> {
            var now = after.get(field);
            if (!java.util.Objects.equals(old, now)) {
                changes.append(changes.isEmpty() ? "" : "; ").append(field).append(' ').append(old).append(" -> ").append(now);
            }
        });
        if (translations != null) {
            var wording = retranslate(product, translations);
            changes.append(changes.isEmpty() || wording.isEmpty() ? "" : "; ").append(wording);
        }
        if (changes.isEmpty()) {
            audit.record(actor, AuditAction.PRODUCT_CHANGED, product.sku(), Message.of("audit.noChange"));
        } else {
            // field names and values as the API has them, the same in every language
            audit.record(actor, AuditAction.PRODUCT_CHANGED, product.sku(), changes.toString());
        }
        return product;
    }

    /** The product's wording for customers as admins wrote it, by language, in the order of {@link ProductWording#LANGUAGES}. */
    public Map<String, ProductWording> translations(Product product) {
        var byLanguage = new TreeMap<String, ProductWording>(
                java.util.Comparator.comparingInt(ProductWording.LANGUAGES::indexOf));
        em.createQuery("SELECT t FROM ProductTranslation t WHERE t.product = :p", ProductTranslation.class)
                .setParameter("p", product)
                .getResultList()
                .forEach(t -> byLanguage.put(t.language(), t.wording()));
        return byLanguage;
    }

    /** What a customer with this BCP 47 language tag reads about the product (see {@link ProductWording#forCustomer}). */
    public ProductWording wordingFor(Product product, String languageTag) {
        return ProductWording.forCustomer(translations(product), product, languageTag);
    }

    /** Replaces a product's wording for customers (a language left out has none any more); audited. */
    @Transactional
    public Map<String, ProductWording> translate(String sku, Map<String, ProductWording> translations, String actor) {
        var product = bySku(sku).orElseThrow(() -> DomainException.notFound("unknown-product", Message.of("product.unknown", sku)));
        if (translations == null) {
            throw invalid(List.of(new DomainException.FieldError("wording", Message.of("product.wording.send",
                    String.join(", ", ProductWording.LANGUAGES)))));
        }
        var errors = ProductWording.problems(translations);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        var changes = retranslate(product, translations);
        audit.record(actor, AuditAction.PRODUCT_CHANGED, product.sku(), changes.isEmpty() ? "no change" : changes);
        return translations(product);
    }

    /** Makes the product's rows say what {@code wanted} says (checked); answers what changed, for the audit. */
    private String retranslate(Product product, Map<String, ProductWording> wanted) {
        var rows = new java.util.HashMap<String, ProductTranslation>();
        if (product.id() != null) {
            em.createQuery("SELECT t FROM ProductTranslation t WHERE t.product = :p", ProductTranslation.class)
                    .setParameter("p", product).getResultList().forEach(t -> rows.put(t.language(), t));
        }
        var changes = new StringBuilder();
        for (var language : ProductWording.LANGUAGES) {
            var row = rows.get(language);
            var now = wanted.get(language) == null ? null : wanted.get(language).stripped();
            String change = null;
            if (row == null && now != null) {
                em.persist(new ProductTranslation(product, language, now));
                change = "wording " + language + " " + now.name() + " / " + now.planDescription();
            } else if (row != null && now == null) {
                em.remove(row);
                change = "wording " + language + " removed";
            } else if (row != null && !row.wording().equals(now)) {
                var old = row.wording();
                row.reword(now);
                change = "wording " + language + " " + old.name() + " / " + old.planDescription() + " -> "
                        + now.name() + " / " + now.planDescription();
            }
            if (change != null) {
                changes.append(changes.isEmpty() ? "" : "; ").append(change);
            }
        }
        return changes.toString();
    }

    /** What an admin can change, field by field, for the audit entry of a change. */
    private static java.util.Map<String, String> fields(Product p) {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("name", p.name());
        fields.put("planDays", String.valueOf(p.planDays()));
        fields.put("dataAllowance", p.dataAllowance());
        fields.put("price", p.price().amount().setScale(2, java.math.RoundingMode.HALF_UP) + " " + p.price().currency());
        fields.put("weightGrams", String.valueOf(p.weightGrams()));
        fields.put("hsCode", p.hsCode());
        fields.put("customsDescription", p.customsDescription());
        fields.put("voucherPattern", p.voucherPattern().map(java.util.regex.Pattern::pattern).orElse("-"));
        fields.put("lowStockThreshold", String.valueOf(p.lowStockThreshold()));
        fields.put("active", String.valueOf(p.active()));
        return fields;
    }

    private static Message summary(Product p) {
        return Message.of("audit.product", p.name(), p.kind(), p.planDays(), p.dataAllowance(), String.valueOf(p.price()),
                p.weightGrams(), p.hsCode(), p.lowStockThreshold(),
                p.voucherPattern().map(x -> (Object) Message.of("audit.product.pin", x.pattern())).orElse(""),
                Message.of(p.active() ? "audit.product.onSale" : "audit.product.notOnSale"));
    }

    /** A change from the products page: details, wording and the prices in other currencies, all or nothing. */
    @Transactional
    public Product change(String sku, ProductDetails details, Map<String, ProductWording> translations,
                          Map<String, java.math.BigDecimal> otherPrices, String actor) {
        var product = change(sku, details, translations, actor);
        reprice(product.sku(), otherPrices, actor);
        return product;
    }

    /** A new product from the products page, with its prices in other currencies, all or nothing. */
    @Transactional
    public Product create(ProductDetails details, Map<String, ProductWording> translations,
                          Map<String, java.math.BigDecimal> otherPrices, String actor) {
        var product = create(details, translations, actor);
        if (!otherPrices.isEmpty()) {
            reprice(product.sku(), otherPrices, actor);
        }
        return product;
    }

    /** The product's prices by currency, its own one included. */
    public java.util.Map<String, java.math.BigDecimal> prices(String sku) {
        return bySku(sku).orElseThrow(() -> DomainException.notFound("unknown-product", Message.of("product.unknown", sku)))
                .prices();
    }

    /** Replaces the product's prices in other currencies than its own (see {@link ProductPrices}); audited. */
    @Transactional
    public java.util.Map<String, java.math.BigDecimal> reprice(String sku, java.util.Map<String, java.math.BigDecimal> prices,
                                                               String actor) {
        var product = bySku(sku).orElseThrow(() -> DomainException.notFound("unknown-product", Message.of("product.unknown", sku)));
        var errors = ProductPrices.problems(prices, product.price());
        if (!errors.isEmpty()) {
            throw DomainException.invalid("invalid-prices", Message.of("problem.fieldsNeedAttention", errors.size()))
                    .withErrors(Message.of("price.invalid"), errors);
        }
        var before = product.prices();
        product.reprice(ProductPrices.canonical(prices, product.price()));
        var after = product.prices();
        audit.record(actor, AuditAction.PRODUCT_CHANGED, product.sku(),
                before.equals(after) ? "no change" : "prices " + before + " -> " + after);
        return after;
    }

    private static DomainException invalid(List<DomainException.FieldError> errors) {
        return DomainException.invalid("invalid-product",
                Message.of("problem.fieldsNeedAttention", errors.size())).withErrors(Message.of("product.invalid"), errors);
    }
}
