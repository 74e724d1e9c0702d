package com.renewalpost.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Believable orders for the benchmarks: the demo data's twenty customers and addresses (valid
 * for their countries' address rules), varied by number so that no two orders are the same.
 * The same rows feed the CSV import, the REST intake and the bulk load.
 */
final class OrderData {

    record Person(String name, String nameLatin, String language, String country, String street,
                  String locality, String city, String region, String postcode) {
        String latin() {
            return nameLatin == null ? name : nameLatin;
        }

        /**
         * What a customer types in the tracking page's postcode field: the postcode, or where there is
         * none the last four digits of the line.
         */
        String lookupFactor(String iccid) {
            return postcode == null ? iccid.substring(iccid.length() - 4) : postcode;
        }
    }

    static final List<Person> PEOPLE = List.of(
            new Person("王小明", "Wang Xiaoming", "zh-Hans", "CN", "No. 18 Zhongguancun Street",
                    "Haidian District", "Beijing", "Beijing", "100080"),
            new Person("李华", "Li Hua", "zh-Hans", "CN", "Room 1203, 100 Century Avenue",
                    "Pudong New Area", "Shanghai", "Shanghai", "200120"),
            new Person("陳美玲", "Chan Mei Ling", "zh-Hant", "HK", "Flat 12B, 88 Queen's Road Central",
                    null, "Central", "Hong Kong Island", null),
            new Person("林志豪", "Lin Chih-Hao", "zh-Hant", "TW", "No. 7, Sec. 5, Xinyi Road",
                    null, "Xinyi District", "Taipei City", "110"),
            new Person("Yuki Tanaka", null, "en", "JP", "1-2-3 Shibuya", null, "Shibuya-ku", "Tokyo", "150-0002"),
            new Person("Kim Min-jun", null, "en", "KR", "123 Teheran-ro", null, "Gangnam-gu", "Seoul", "06236"),
            new Person("Tan Wei Ling", null, "en", "SG", "10 Anson Road #20-05", null, null, null, "079903"),
            new Person("Ahmad Razak", null, "en", "MY", "50 Jalan Ampang", null, "Kuala Lumpur", "Kuala Lumpur",
                    "50450"),
            new Person("Somchai Prasert", null, "en", "TH", "123 Sukhumvit Road", null, "Bangkok", "Bangkok",
                    "10110"),
            new Person("Olivia Brown", null, "en", "AU", "10 George Street", null, "Sydney", "NSW", "2000"),
            new Person("Liam Wilson", null, "en", "NZ", "1 Queen Street", null, "Auckland", null, "1010"),
            new Person("Emma Tremblay", null, "en", "CA", "100 King Street West", null, "Toronto", "ON", "M5X 1A9"),
            new Person("Oliver Smith", null, "en", "GB", "10 Downing Street", null, "London", null, "SW1A 2AA"),
            new Person("Lukas Müller", null, "de", "DE", "Unter den Linden 77", null, "Berlin", null, "10117"),
            new Person("Chloé Martin", null, "fr", "FR", "8 Rue de Rivoli", null, "Paris", null, "75004"),
            new Person("Sofía García", null, "es", "MX", "Avenida Paseo de la Reforma 222", "Juarez",
                    "Ciudad de Mexico", "CDMX", "06600"),
            new Person("João Silva", null, "en", "BR", "Avenida Paulista 1000", "Bela Vista", "Sao Paulo", "SP",
                    "01310-100"),
            new Person("Sanne de Vries", null, "en", "NL", "Damrak 1", null, "Amsterdam", null, "1012 LG"),
            new Person("张伟", "Zhang Wei", "zh-Hans", "SG", "1 Raffles Place #44-01", null, null, null, "048616"),
            new Person("Fatima Al Mansoori", null, "en", "AE", "Tower 3, Sheikh Zayed Road", null, null, "Dubai",
                    null));

    /** Two products of both kinds (the demo catalogue's), at their prices. */
    record Product(String sku, String price, boolean esim) {
    }

    static final List<Product> PRODUCTS = List.of(new Product("ESIM-30", "29.00", true),
            new Product("VCH-30", "25.00", false));

    private OrderData() {
    }

    static Person person(int i) {
        return PEOPLE.get(i % PEOPLE.size());
    }

    static Product product(int i) {
        return PRODUCTS.get((i / PEOPLE.size()) % PRODUCTS.size());
    }

    /** Two in three letters tracked: the webhook and the S10 ranges get work. */
    static String postalService(int i) {
        return switch (i % 3) {
            case 0 -> "TRACKED_LETTER";
            case 1 -> "STANDARD_LETTER";
            default -> "REGISTERED_LETTER";
        };
    }

    static String iccid(int i) {
        var body = "8901260" + String.format("%011d", (i * 7_919L + 12_345L) % 100_000_000_000L);
        return body + luhn(body);
    }

    static char luhn(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int k = digits.length() - 1; k >= 0; k--) {
            int d = digits.charAt(k) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    static String email(int i, String reference) {
        return person(i).latin().toLowerCase().replaceAll("[^a-z]", "") + "." + reference.toLowerCase() + "@example.com";
    }

    /** One order as the CSV layout's named columns (docs/api.md, "Order CSV layout"). */
    static Map<String, String> row(int i, String channel, String reference, LocalDate today) {
        var p = person(i);
        var product = product(i);
        Map<String, String> row = new LinkedHashMap<>();
        row.put("channel", channel);
        row.put("external_reference", reference);
        row.put("customer_name", p.name());
        row.put("customer_name_latin", p.nameLatin() == null ? "" : p.nameLatin());
        row.put("email", email(i, reference));
        row.put("language", p.language());
        row.put("street1", p.street());
        row.put("dependent_locality", nz(p.locality()));
        row.put("city", nz(p.city()));
        row.put("region", nz(p.region()));
        row.put("postcode", nz(p.postcode()));
        row.put("country", p.country());
        row.put("product_sku", product.sku());
        row.put("iccid", iccid(i));
        // far enough from expiry that allocation queues no at-risk email
        row.put("plan_expires_on", today.plusDays(20 + i % 60).toString());
        row.put("postal_service", postalService(i));
        row.put("payment_method", channel.equals("MARKETPLACE") ? "MARKETPLACE" : "CARD");
        row.put("payment_reference", "PAY-" + reference);
        row.put("amount", product.price());
        row.put("currency", "USD");
        return row;
    }

    static String csv(int from, int count, String channel, String prefix, LocalDate today) {
        var out = new StringBuilder();
        List<String> header = null;
        for (int i = from; i < from + count; i++) {
            var row = row(i, channel, prefix + i, today);
            if (header == null) {
                header = new ArrayList<>(row.keySet());
                out.append(String.join(",", header)).append('\n');
            }
            List<String> cells = new ArrayList<>();
            for (var column : header) {
                cells.add(csvCell(row.get(column)));
            }
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString();
    }

    /** The same order as the REST API's JSON (OrderRequest). */
    static String json(int i, String channel, String reference, LocalDate today) {
        var r = row(i, channel, reference, today);
        return "{" + field("customerName", r.get("customer_name")) + ","
                + field("customerNameLatin", blankToNull(r.get("customer_name_latin"))) + ","
                + field("email", r.get("email")) + ","
                + field("language", r.get("language")) + ","
                + "\"address\":{\"streetLines\":[" + quote(r.get("street1")) + "],"
                + field("dependentLocality", blankToNull(r.get("dependent_locality"))) + ","
                + field("city", blankToNull(r.get("city"))) + ","
                + field("region", blankToNull(r.get("region"))) + ","
                + field("postcode", blankToNull(r.get("postcode"))) + ","
                + field("country", r.get("country")) + "},"
                + field("productSku", r.get("product_sku")) + ","
                + field("iccid", r.get("iccid")) + ","
                + field("planExpiresOn", r.get("plan_expires_on")) + ","
                + field("postalService", r.get("postal_service")) + ","
                + field("channel", channel) + ","
                + field("externalReference", reference) + ","
                + "\"payment\":{" + field("method", r.get("payment_method")) + ","
                + field("reference", r.get("payment_reference")) + ","
                + "\"amount\":" + r.get("amount") + "," + field("currency", "USD") + "}}";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String field(String name, String value) {
        return quote(name) + ":" + (value == null ? "null" : quote(value));
    }

    static String quote(String s) {
        var out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String csvCell(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
