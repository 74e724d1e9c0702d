package com.renewalpost.fulfilment.catalogue;

import com.renewalpost.fulfilment.platform.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ProductDetailsTest {

    private static ProductDetails esim() {
        return new ProductDetails("ESIM-30", "US eSIM plan, 30 days", "ESIM_PROFILE", 30, "15 GB",
                new BigDecimal("29.00"), "usd", 20, "490700", "Printed activation letter", null, 50, true);
    }

    @Test
    void aCompleteProductHasNoProblems() {
        assertThat(esim().problems(true)).isEmpty();
        assertThat(esim().productKind()).isEqualTo(ProductKind.ESIM_PROFILE);
        assertThat(esim().canonicalCurrency()).isEqualTo("USD");
        assertThat(esim().canonicalPattern(ProductKind.ESIM_PROFILE)).isNull();
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        var wrong = new ProductDetails("esim 30", " ", "SIM_CARD", 0, "", new BigDecimal("1.005"), "ZZZ", 0,
                "4907", "", null, -1, true);
        assertThat(wrong.problems(true)).extracting(DomainException.FieldError::field).containsExactlyInAnyOrder(
                "sku", "kind", "name", "planDays", "dataAllowance", "price", "currency", "weightGrams", "hsCode",
                "customsDescription", "lowStockThreshold");
    }

    @Test
    void aChangeDoesNotLookAtTheSkuWhichStays() {
        var change = new ProductDetails(null, "Renamed", "ESIM_PROFILE", 30, "15 GB", new BigDecimal("29"), "USD",
                20, "490700", "Printed activation letter", null, 50, false);
        assertThat(change.problems(false)).isEmpty();
        assertThat(change.problems(true)).extracting(DomainException.FieldError::field).containsExactly("sku");
    }

    @Test
    void aVoucherNeedsAValidPinPattern() {
        var voucher = new ProductDetails("VCH-30", "Top-up", "VOUCHER", 30, "10 GB", new BigDecimal("9.99"), "USD",
                18, "490700", "Printed voucher", null, 5, true);
        assertThat(voucher.problems(true)).extracting(DomainException.FieldError::field).containsExactly("voucherPattern");
        var broken = new ProductDetails("VCH-30", "Top-up", "VOUCHER", 30, "10 GB", new BigDecimal("9.99"), "USD",
                18, "490700", "Printed voucher", "\\d{16", 5, true);
        assertThat(broken.problems(true)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("voucherPattern");
            assertThat(e.message().toString()).startsWith("Not a valid regular expression");
        });
        var good = new ProductDetails("VCH-30", "Top-up", "VOUCHER", 30, "10 GB", new BigDecimal("9.99"), "USD",
                18, "490700", "Printed voucher", " \\d{16} ", 5, true);
        assertThat(good.problems(true)).isEmpty();
        assertThat(good.canonicalPattern(ProductKind.VOUCHER)).isEqualTo("\\d{16}");
    }

    @Test
    void anExistingProductGivesItsDetailsBack() {
        var product = new Product("VCH-90", "Top-up 90", ProductKind.VOUCHER, 90, "Unlimited", Money.of("49.00", "USD"),
                18, "490700", "Printed voucher", "\\d{16}", 10);
        var details = ProductDetails.of(product);
        assertThat(details.problems(true)).isEmpty();
        assertThat(details.voucherPattern()).isEqualTo("\\d{16}");
        assertThat(details.active()).isTrue();
        product.revise(new ProductDetails(null, "Top-up 90 days", "ESIM_PROFILE", 91, "Unlimited",
                new BigDecimal("45.00"), "EUR", 19, "490110", "Printed voucher letter", "\\d{12}", 3, false));
        assertThat(product.kind()).as("the kind stays").isEqualTo(ProductKind.VOUCHER);
        assertThat(product.name()).isEqualTo("Top-up 90 days");
        assertThat(product.price()).isEqualTo(Money.of("45.00", "EUR"));
        assertThat(product.voucherPattern()).get().extracting(java.util.regex.Pattern::pattern).isEqualTo("\\d{12}");
        assertThat(product.active()).isFalse();
    }
}
