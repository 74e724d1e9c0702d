package com.renewalpost.fulfilment.it;

import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.catalogue.Money;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.catalogue.ProductKind;
import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.orders.Iccid;
import com.renewalpost.fulfilment.orders.OrderIntake;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.OrderRequest;

import java.io.StringReader;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Products with fresh activation codes and orders for them, made inside the server through the
 * application's own services, for in-container tests that need a shop to work on. Every code is
 * recorded for {@link ServerLogCustodyIT}.
 */
public final class Shop {

    /** Where an order goes: name, language and address. */
    public record Customer(String name, String latinName, String language, OrderRequest.Address address) {

        public static Customer inJapan(String name) {
            return new Customer(name, null, "en", new OrderRequest.Address(null, List.of("1-2-3 Shibuya"), null,
                    "Shibuya-ku", "Tokyo", "150-0002", "JP"));
        }

        public static Customer inChina(String name, String latinName) {
            return new Customer(name, latinName, "zh-Hans", new OrderRequest.Address(null,
                    List.of("No. 18 Zhongguancun Street"), "Haidian", "Beijing", "Beijing", "100080", "CN"));
        }
    }

    /** An order placed, with what was put into it. */
    public record Placed(OrderNumber number, String email, String iccid) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_SYMBOLS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final Catalogue catalogue;
    private final CodeStock codeStock;
    private final OrderIntake intake;
    private final List<String> codesImported = new ArrayList<>();

    public Shop(Catalogue catalogue, CodeStock codeStock, OrderIntake intake) {
        this.catalogue = catalogue;
        this.codeStock = codeStock;
        this.intake = intake;
    }

    /** A new product with its own SKU and {@code codes} fresh codes in stock. */
    public Product product(String name, ProductKind kind, int codes) {
        var sku = kind.name().substring(0, 4) + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        catalogue.add(new Product(sku, name, kind, 30, "10 GB", Money.of("25.00", "USD"), 20, "490700",
                "Printed activation letter", kind == ProductKind.VOUCHER ? VOUCHER_PATTERN : null, 5));
        var product = catalogue.bySku(sku).orElseThrow();
        stock(product, codes);
        return product;
    }

    /** Puts {@code count} fresh codes of the product's kind into its stock (none: nothing is imported). */
    public List<String> stock(Product product, int count) {
        var fresh = codes(product.kind(), count);
        if (count > 0) {
            UsedCodes.record(fresh);
            codesImported.addAll(fresh);
            assertThat(codeStock.importCsv(product, new StringReader("code\n" + String.join("\n", fresh) + "\n"))
                    .imported()).isEqualTo(count);
        }
        return fresh;
    }

    /** An order of the product by the customer, whose email address is made unique. */
    public Placed order(Product product, Customer customer, String emailName, LocalDate planExpiresOn) {
        var email = emailName + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var iccid = iccid();
        var request = new OrderRequest(customer.name(), customer.latinName(), email, null, customer.language(),
                customer.address(), product.sku(), iccid, null, planExpiresOn, null, "WEB", "SHOP-" + UUID.randomUUID(),
                new OrderRequest.PaymentDetails("CARD", null, new BigDecimal("25.00"), "USD", null), null);
        return new Placed(intake.receive(request, null, "test").order().number(), email, iccid);
    }

    /** Every code this shop put into stock. */
    public List<String> codesImported() {
        return List.copyOf(codesImported);
    }

    // ---- the one generator of test codes and numbers (client side too: the system tests use it) ----

    /** The pattern a voucher product's codes follow. */
    public static final String VOUCHER_PATTERN = "\\d{16}";

    /** {@code count} fresh codes for a product of this kind, each unique with overwhelming odds. */
    public static List<String> codes(ProductKind kind, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(kind == ProductKind.VOUCHER ? digits(16) : esimCode());
        }
        return codes;
    }

    /** A fresh SGP.22 activation code: LPA:1, an SM-DP+ address and a random matching ID (4 groups of 5). */
    public static String esimCode() {
        return "LPA:1$SMDP.EXAMPLE.COM$" + groups();
    }

    /** A fresh ICCID (issuer 8901260) with its Luhn check digit. */
    public static String iccid() {
        var body = "8901260" + digits(11);
        return body + Iccid.luhnCheckDigit(body);
    }

    /** {@code count} random decimal digits. */
    public static String digits(int count) {
        var s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(RANDOM.nextInt(10));
        }
        return s.toString();
    }

    private static String groups() {
        var s = new StringBuilder();
        for (int g = 0; g < 4; g++) {
            if (g > 0) {
                s.append('-');
            }
            for (int i = 0; i < 5; i++) {
                s.append(CODE_SYMBOLS.charAt(RANDOM.nextInt(CODE_SYMBOLS.length())));
            }
        }
        return s.toString();
    }
}
