package com.renewalpost.bench;

import java.security.SecureRandom;

/**
 * What an admin does on a new installation before the first order arrives, through the same
 * interfaces: chooses a password for the first account, creates the web shop's API key (scope
 * orders:write) and a warehouse account (which chooses its own password), and imports activation
 * codes for the products the benchmark orders.
 */
final class Setup {

    static final String WAREHOUSE_USER = "bench-warehouse";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int CODES_PER_IMPORT = 2_000;

    private Setup() {
    }

    static void run(String[] args) {
        var base = args[0];
        var file = args[1];
        int codesPerProduct = Integer.parseInt(args[2]);
        var secrets = Main.secrets(file);

        var adminPassword = Main.randomPassword();
        new Api(base).basic("admin", Main.secret(secrets, "admin.initial"))
                .put("/api/me/password", "application/json", "{\"currentPassword\":"
                        + OrderData.quote(Main.secret(secrets, "admin.initial")) + ",\"newPassword\":"
                        + OrderData.quote(adminPassword) + "}", 204);
        secrets.setProperty("admin.password", adminPassword);
        var admin = new Api(base).basic("admin", adminPassword);

        var key = admin.post("/api/admin/api-keys", "application/json",
                "{\"name\":\"bench web shop\",\"scope\":\"orders:write\"}", 201).body();
        secrets.setProperty("api.token", Api.string(key, "token"));

        var initial = Main.randomPassword();
        admin.post("/api/admin/staff", "application/json", "{\"username\":\"" + WAREHOUSE_USER
                + "\",\"displayName\":\"Bench warehouse\",\"roles\":[\"WAREHOUSE\"],\"initialPassword\":"
                + OrderData.quote(initial) + "}", 201);
        var warehousePassword = Main.randomPassword();
        new Api(base).basic(WAREHOUSE_USER, initial).put("/api/me/password", "application/json",
                "{\"currentPassword\":" + OrderData.quote(initial) + ",\"newPassword\":"
                        + OrderData.quote(warehousePassword) + "}", 204);
        secrets.setProperty("warehouse.password", warehousePassword);
        Main.saveSecrets(file, secrets);

        for (var product : OrderData.PRODUCTS) {
            long imported = 0;
            // in parts: the import takes a bounded body (256 KiB), about 4,000 activation codes
            for (int done = 0; done < codesPerProduct; done += CODES_PER_IMPORT) {
                int part = Math.min(CODES_PER_IMPORT, codesPerProduct - done);
                var report = admin.post("/api/products/" + product.sku() + "/codes", "text/csv",
                        codes(product, part), 200).body();
                imported += Api.number(report, "imported");
            }
            if (imported != codesPerProduct) {
                throw new Api.Unexpected("code import for " + product.sku() + ": " + imported + " of "
                        + codesPerProduct + " imported");
            }
            Main.progress(imported + " codes in stock for " + product.sku());
        }
    }

    /** Fresh random codes in each product's format (SGP.22 activation codes, or voucher PINs). */
    static String codes(OrderData.Product product, int count) {
        var csv = new StringBuilder("code\n");
        for (int i = 0; i < count; i++) {
            csv.append(code(product.esim())).append('\n');
        }
        return csv.toString();
    }

    static String code(boolean esim) {
        if (esim) {
            return "LPA:1$SMDP.BENCH.RENEWALPOST.EXAMPLE$" + group(5) + "-" + group(5) + "-" + group(5) + "-" + group(5);
        }
        return digits(4) + "-" + digits(4) + "-" + digits(4) + "-" + digits(4);
    }

    private static String group(int length) {
        var alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        var s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static String digits(int length) {
        var s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return s.toString();
    }
}
