package com.renewalpost.fulfilment.catalogue;

import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.DomainException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A product as an admin describes it, on the admin page or over the API; nothing is trusted until
 * {@link #problems} finds none. The SKU and kind are fixed once the product exists (its codes in
 * stock are of that kind, its orders name that SKU), so a change ignores them.
 */
public record ProductDetails(String sku, String name, String kind, Integer planDays, String dataAllowance,
                             BigDecimal price, String currency, Integer weightGrams, String hsCode,
                             String customsDescription, String voucherPattern, Integer lowStockThreshold,
                             Boolean active) implements java.io.Serializable {

    private static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

    /** The details of an existing product, to start an edit from. */
    public static ProductDetails of(Product p) {
        return new ProductDetails(p.sku(), p.name(), p.kind().name(), p.planDays(), p.dataAllowance(),
                p.price().amount(), p.price().currency(), p.weightGrams(), p.hsCode(), p.customsDescription(),
                p.voucherPattern().map(Pattern::pattern).orElse(null), p.lowStockThreshold(), p.active());
    }

    /** Every field that is not acceptable, with a message a person can act on. */
    public List<DomainException.FieldError> problems(boolean newProduct) {
        List<DomainException.FieldError> errors = new ArrayList<>();
        if (newProduct && (sku == null || !SKU.matcher(sku.strip()).matches())) {
            errors.add(new DomainException.FieldError("sku", Message.of("product.sku")));
        }
        var productKind = productKind();
        if (newProduct && productKind == null) {
            errors.add(new DomainException.FieldError("kind", Message.of("product.kind", List.of(ProductKind.values()).toString())));
        }
        text(errors, "name", name, 200);
        if (planDays == null || planDays < 1 || planDays > 3660) {
            errors.add(new DomainException.FieldError("planDays", Message.of("product.planDays")));
        }
        text(errors, "dataAllowance", dataAllowance, 40);
        if (price == null || price.signum() < 0 || price.stripTrailingZeros().scale() > 2
                || price.compareTo(new BigDecimal("9999999999")) > 0) {
            errors.add(new DomainException.FieldError("price", Message.of("product.price")));
        }
        if (!isCurrency(currency)) {
            errors.add(new DomainException.FieldError("currency", Message.of("product.currency")));
        }
        if (weightGrams == null || weightGrams < 1 || weightGrams > 2000) {
            errors.add(new DomainException.FieldError("weightGrams", Message.of("product.weight")));
        }
        if (hsCode == null || !hsCode.strip().matches("\\d{6}")) {
            errors.add(new DomainException.FieldError("hsCode", Message.of("product.hsCode")));
        }
        text(errors, "customsDescription", customsDescription, 200);
        if (productKind == ProductKind.VOUCHER) {
            if (blank(voucherPattern) || voucherPattern.strip().length() > 200) {
                errors.add(new DomainException.FieldError("voucherPattern", Message.of("product.voucherPattern")));
            } else {
                try {
                    Pattern.compile(voucherPattern.strip());
                } catch (PatternSyntaxException e) {
                    errors.add(new DomainException.FieldError("voucherPattern",
                            Message.of("product.notARegex", e.getDescription())));
                }
            }
        }
        if (lowStockThreshold == null || lowStockThreshold < 0) {
            errors.add(new DomainException.FieldError("lowStockThreshold", Message.of("product.lowStock")));
        }
        return errors;
    }

    /** The kind named, or null when it names none. */
    public ProductKind productKind() {
        if (blank(kind)) {
            return null;
        }
        try {
            return ProductKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    String canonicalSku() {
        return sku.strip();
    }

    String canonicalCurrency() {
        return currency.strip().toUpperCase(Locale.ROOT);
    }

    /** eSIM profiles have no PIN pattern; a voucher's is kept without surrounding blanks. */
    String canonicalPattern(ProductKind productKind) {
        return productKind == ProductKind.VOUCHER ? voucherPattern.strip() : null;
    }

    private static void text(List<DomainException.FieldError> errors, String field, String value, int max) {
        if (blank(value) || value.strip().length() > max) {
            errors.add(new DomainException.FieldError(field, Message.of("product.textLength", max)));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean isCurrency(String code) {
        if (blank(code) || code.strip().length() != 3) {
            return false;
        }
        try {
            Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
