package com.renewalpost.fulfilment.catalogue;

import com.renewalpost.fulfilment.admin.AdminOnly;
import com.renewalpost.fulfilment.admin.AdminPages;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Admin page: the products, a new one, a change to one. Through {@link Catalogue}, as the API. */
@Named
@ViewScoped
@AdminOnly
public class ProductsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's fields; the inputs' ids are the API's field names, so refusals land beside them. */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private String sku;
        private String name;
        private String kind = ProductKind.ESIM_PROFILE.name();
        private Integer planDays = 30;
        private String dataAllowance;
        private BigDecimal price;
        private String currency = "USD";
        private Integer weightGrams = 20;
        private String hsCode = "490700";
        private String customsDescription = "Printed activation letter (no SIM card)";
        private String voucherPattern;
        private Integer lowStockThreshold = 50;
        private boolean active = true;
        /** Prices in other currencies, as typed: "EUR 23.50, JPY 3900". */
        private String otherPrices;
        /** What customers read, by language; both fields empty: none in that language. */
        private final Map<String, Wording> wording = new LinkedHashMap<>();

        Form() {
            ProductWording.LANGUAGES.forEach(language -> wording.put(language, new Wording()));
        }

        static Form of(ProductDetails d, Map<String, ProductWording> translations) {
            var f = of(d);
            translations.forEach((language, w) -> {
                var fields = f.wording.get(language);
                if (fields != null) {
                    fields.name = w.name();
                    fields.plan = w.planDescription();
                }
            });
            return f;
        }

        static Form of(ProductDetails d) {
            var f = new Form();
            f.sku = d.sku();
            f.name = d.name();
            f.kind = d.kind();
            f.planDays = d.planDays();
            f.dataAllowance = d.dataAllowance();
            f.price = d.price();
            f.currency = d.currency();
            f.weightGrams = d.weightGrams();
            f.hsCode = d.hsCode();
            f.customsDescription = d.customsDescription();
            f.voucherPattern = d.voucherPattern();
            f.lowStockThreshold = d.lowStockThreshold();
            f.active = Boolean.TRUE.equals(d.active());
            return f;
        }

        ProductDetails details() {
            return new ProductDetails(sku, name, kind, planDays, dataAllowance, price, currency, weightGrams, hsCode,
                    customsDescription, voucherPattern, lowStockThreshold, active);
        }

        /** The languages with something written; a language with one field only is refused beside the empty one. */
        Map<String, ProductWording> translations() {
            var translations = new LinkedHashMap<String, ProductWording>();
            wording.forEach((language, w) -> {
                if (!blank(w.name) || !blank(w.plan)) {
                    translations.put(language, new ProductWording(w.name, w.plan));
                }
            });
            return translations;
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        public Map<String, Wording> getWording() { return wording; }
        public String getSku() { return sku; }
        public void setSku(String sku) { this.sku = sku; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public Integer getPlanDays() { return planDays; }
        public void setPlanDays(Integer planDays) { this.planDays = planDays; }
        public String getDataAllowance() { return dataAllowance; }
        public void setDataAllowance(String dataAllowance) { this.dataAllowance = dataAllowance; }
        public BigDecimal getPrice() { return price; }
        public void setPrice(BigDecimal price) { this.price = price; }
        public String getCurrency() { return currency; }
        public void setCurrency(String currency) { this.currency = currency; }
        public Integer getWeightGrams() { return weightGrams; }
        public void setWeightGrams(Integer weightGrams) { this.weightGrams = weightGrams; }
        public String getHsCode() { return hsCode; }
        public void setHsCode(String hsCode) { this.hsCode = hsCode; }
        public String getCustomsDescription() { return customsDescription; }
        public void setCustomsDescription(String customsDescription) { this.customsDescription = customsDescription; }
        public String getVoucherPattern() { return voucherPattern; }
        public void setVoucherPattern(String voucherPattern) { this.voucherPattern = voucherPattern; }
        public Integer getLowStockThreshold() { return lowStockThreshold; }
        public void setLowStockThreshold(Integer lowStockThreshold) { this.lowStockThreshold = lowStockThreshold; }
        public String getOtherPrices() { return otherPrices; }
        public void setOtherPrices(String otherPrices) { this.otherPrices = otherPrices; }
        public boolean isActive() { return active; }
        public void setActive(boolean active) { this.active = active; }
    }

    /** A product's name and plan description in one language, as typed. */
    public static class Wording implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String plan;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getPlan() { return plan; }
        public void setPlan(String plan) { this.plan = plan; }
    }

    @Inject
    Catalogue catalogue;

    private List<ProductDetails> products;
    private Form form;
    /** The SKU being changed; null while the form describes a new product. */
    private String editing;

    @PostConstruct
    void load() {
        products = catalogue.all().stream().map(ProductDetails::of).toList();
    }

    public void startNew() {
        form = new Form();
        editing = null;
    }

    public void edit(String sku) {
        catalogue.bySku(sku).ifPresentOrElse(p -> {
            form = Form.of(ProductDetails.of(p), catalogue.translations(p));
            form.otherPrices = ProductPrices.typed(p.prices(), p.price().currency());
            editing = p.sku();
        }, () -> PageMessages.refused(AdminPages.text("products.unknown", sku)));
    }

    public void save() {
        try {
            if (editing == null) {
                var created = catalogue.create(form.details(), form.translations(),
                        ProductPrices.parse(form.otherPrices), AdminPages.actor());
                PageMessages.done(AdminPages.text("products.created", created.sku()));
            } else {
                catalogue.change(editing, form.details(), form.translations(), ProductPrices.parse(form.otherPrices),
                        AdminPages.actor());
                PageMessages.done(AdminPages.text("products.changed", editing));
            }
            form = null;
            editing = null;
            load();
        } catch (DomainException e) {
            AdminPages.refused(onThisForm(e), "product");
        }
    }

    /**
     * The API names a wording field {@code wording.zh-Hans.name}; on this form its input is
     * {@code wordingNameZhHans}, so that the refusal lands beside it.
     */
    static DomainException onThisForm(DomainException e) {
        var errors = e.errors().stream().map(error -> {
            var parts = error.field().split("\\.");
            if (parts.length == 3 && parts[0].equals("wording") && ProductWording.LANGUAGES.contains(parts[1])) {
                var input = parts[2].equals("name") ? "Name" : "Plan";
                return new DomainException.FieldError("wording" + input + inputSuffix(parts[1]), error.message());
            }
            if (error.field().matches("[A-Za-z]{3}|prices")) {
                // a price of the API's map ({"EUR": 23.50}) is typed in one field here
                return new DomainException.FieldError("otherPrices", error.message());
            }
            return error;
        }).toList();
        return e.withErrors(e.title(), errors);
    }

    /** zh-Hans: ZhHans, ja: Ja, as the inputs' ids end. */
    static String inputSuffix(String language) {
        var suffix = new StringBuilder();
        for (var part : language.split("-")) {
            suffix.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return suffix.toString();
    }

    public List<String> getLanguages() {
        return ProductWording.LANGUAGES;
    }

    public void cancel() {
        form = null;
        editing = null;
    }

    public List<ProductDetails> getProducts() {
        return products;
    }

    public Form getForm() {
        return form;
    }

    public String getEditing() {
        return editing;
    }

    public ProductKind[] getKinds() {
        return ProductKind.values();
    }
}
