package com.renewalpost.fulfilment.catalogue;

import com.renewalpost.fulfilment.platform.Problem;

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
    public List<Problem.FieldError> problems(boolean newProduct) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (newProduct && (sku == null || !SKU.matcher(sku.strip()).matches())) {
            errors.add(new Problem.FieldError("sku", "2 to 40 capital letters, digits or dashes, e.g. ESIM-30"));
        }
        var productKind = productKind();
        if (newProduct && productKind == null) {
            errors.add(new Problem.FieldError("kind", "One of " + List.of(ProductKind.values())));
        }
        text(errors, "name", name, 200);
        if (planDays == null || planDays < 1 || planDays > 3660) {
            errors.add(new Problem.FieldError("planDays", "The plan's length in days, 1 to 3660"));
        }
        text(errors, "dataAllowance", dataAllowance, 40);
        if (price == null || price.signum() < 0 || price.stripTrailingZeros().scale() > 2
                || price.compareTo(new BigDecimal("9999999999")) > 0) {
            errors.add(new Problem.FieldError("price", "A price of 0 or more with at most 2 decimals"));
        }
        if (!isCurrency(currency)) {
            errors.add(new Problem.FieldError("currency", "An ISO 4217 currency code, e.g. USD"));
        }
        if (weightGrams == null || weightGrams < 1 || weightGrams > 2000) {
            errors.add(new Problem.FieldError("weightGrams", "The mailed weight in grams (letter and envelope), 1 to 2000"));
        }
        if (hsCode == null || !hsCode.strip().matches("\\d{6}")) {
            errors.add(new Problem.FieldError("hsCode", "The 6-digit HS tariff number for the customs form, e.g. 490700"));
        }
        text(errors, "customsDescription", customsDescription, 200);
        if (productKind == ProductKind.VOUCHER) {
            if (blank(voucherPattern) || voucherPattern.strip().length() > 200) {
                errors.add(new Problem.FieldError("voucherPattern",
                        "A voucher product needs the shape of its PINs as a regular expression, e.g. \\d{16}"));
            } else {
                try {
                    Pattern.compile(voucherPattern.strip());
                } catch (PatternSyntaxException e) {
                    errors.add(new Problem.FieldError("voucherPattern", "Not a valid regular expression: "
                            + e.getDescription()));
                }
            }
        }
        if (lowStockThreshold == null || lowStockThreshold < 0) {
            errors.add(new Problem.FieldError("lowStockThreshold", "How many codes left count as low, 0 or more"));
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

    private static void text(List<Problem.FieldError> errors, String field, String value, int max) {
        if (blank(value) || value.strip().length() > max) {
            errors.add(new Problem.FieldError(field, "1 to " + max + " characters"));
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
