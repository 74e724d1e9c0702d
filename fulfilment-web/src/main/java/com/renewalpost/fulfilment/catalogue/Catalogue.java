package com.renewalpost.fulfilment.catalogue;

import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PageRequest;
import com.renewalpost.fulfilment.platform.ProblemDetail;
import com.renewalpost.fulfilment.platform.ProblemException;
import com.renewalpost.fulfilment.staff.AuditAction;
import com.renewalpost.fulfilment.staff.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Optional;

/** The products on sale, by SKU. Admins add and change them (the admin page and the API alike), audited. */
@ApplicationScoped
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
        if (details == null) {
            throw invalid(List.of(new ProblemDetail.FieldText("product", Message.of("product.details"))));
        }
        var errors = details.problems(true);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        var sku = details.canonicalSku();
        if (bySku(sku).isPresent()) {
            throw new ProblemException(ProblemDetail.of(Response.Status.CONFLICT, "sku-taken",
                    Message.of("product.taken", sku)).withErrors(null, List.of(new ProblemDetail.FieldText("sku",
                    Message.of("product.taken", sku)))));
        }
        var kind = details.productKind();
        var product = new Product(sku, details.name().strip(), kind, details.planDays(),
                details.dataAllowance().strip(), new Money(details.price(), details.canonicalCurrency()),
                details.weightGrams(), details.hsCode().strip(), details.customsDescription().strip(),
                details.canonicalPattern(kind), details.lowStockThreshold());
        product.revise(details); // the same rules as a change, e.g. for "active"
        em.persist(product);
        audit.record(actor, AuditAction.PRODUCT_CREATED, sku, summary(product));
        return product;
    }

    /**
     * Changes a product's details. Orders already taken keep what they were sold; postage and
     * customs of letters not yet posted follow the new weight and HS code.
     */
    @Transactional
    public Product change(String sku, ProductDetails details, String actor) {
        var product = bySku(sku).orElseThrow(() -> new ProblemException(Response.Status.NOT_FOUND,
                "unknown-product", Message.of("product.unknown", sku)));
        if (details == null) {
            throw invalid(List.of(new ProblemDetail.FieldText("product", Message.of("product.details"))));
        }
        // the kind is the product's own, whatever the request says
        var checked = new ProductDetails(product.sku(), details.name(), product.kind().name(), details.planDays(),
                details.dataAllowance(), details.price(), details.currency(), details.weightGrams(),
                details.hsCode(), details.customsDescription(), details.voucherPattern(),
                details.lowStockThreshold(), details.active());
        var errors = checked.problems(false);
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
        if (changes.isEmpty()) {
            audit.record(actor, AuditAction.PRODUCT_CHANGED, product.sku(), Message.of("audit.noChange"));
        } else {
            // field names and values as the API has them, the same in every language
            audit.record(actor, AuditAction.PRODUCT_CHANGED, product.sku(), changes.toString());
        }
        return product;
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

    private static ProblemException invalid(List<ProblemDetail.FieldText> errors) {
        return new ProblemException(ProblemDetail.of(Response.Status.BAD_REQUEST, "invalid-product",
                Message.of("problem.fieldsNeedAttention", errors.size())).withErrors(Message.of("product.invalid"), errors));
    }
}
