package com.renewalpost.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Benchmark 2, the morning print run: a warehouse account logged in with the form makes a run of
 * the next N orders of the queue (each gets its code and, if tracked, its S10 number), then
 * downloads every document of the run, one after the other, as the printer station does. A small
 * run first warms the server up (not counted).
 */
final class Printing {

    static final List<String> DOCUMENTS = List.of("letters.pdf", "labels.pdf", "labels.zpl", "label-sheets.pdf",
            "packing-list.pdf");

    private Printing() {
    }

    static void run(String[] args) {
        var secrets = Main.secrets(args[1]);
        var api = new Api(args[0]).login(Setup.WAREHOUSE_USER, Main.secret(secrets, "warehouse.password"));
        int orders = Integer.parseInt(args[2]);

        printRun(api, warmUp(orders));

        long started = System.nanoTime();
        var run = printRun(api, orders);
        long total = System.nanoTime() - started;
        Main.progress("print run of " + orders + ": " + Main.seconds(run.allocation) + " s allocation, "
                + Main.seconds(run.documents) + " s documents (" + run.bytes / 1024 + " KiB)");
        Main.figure("print.orders", orders);
        Main.figure("print.allocation_seconds", Main.seconds(run.allocation));
        Main.figure("print.documents_seconds", Main.seconds(run.documents));
        Main.figure("print.document_bytes", run.bytes);
        Main.figure("print.seconds", Main.seconds(total));
    }

    static int warmUp(int orders) {
        return Math.max(5, orders / 50);
    }

    record Run(long allocation, long documents, long bytes) {
    }

    private static Run printRun(Api api, int orders) {
        long t0 = System.nanoTime();
        var answer = api.post("/api/print-runs", "application/json", "{\"next\":" + orders + "}", 201).body();
        long t1 = System.nanoTime();
        long id = Api.number(answer, "id");
        long printed = Api.number(answer, "printed");
        if (printed != orders) {
            throw new Api.Unexpected("print run " + id + " printed " + printed + " of " + orders + " orders (held "
                    + Api.number(answer, "held") + ")");
        }
        long bytes = 0;
        for (var file : DOCUMENTS) {
            var body = api.getBytes("/api/print-runs/" + id + "/documents/" + file).body();
            var start = new String(body, 0, Math.min(body.length, 4), StandardCharsets.ISO_8859_1);
            if (!(file.endsWith(".pdf") ? start.equals("%PDF") : start.startsWith("^XA"))) {
                throw new Api.Unexpected(file + " of run " + id + " is not a " + (file.endsWith(".pdf") ? "PDF" : "ZPL")
                        + " document");
            }
            bytes += body.length;
        }
        return new Run(t1 - t0, System.nanoTime() - t1, bytes);
    }
}
