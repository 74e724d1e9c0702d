package com.renewalpost.fulfilment.dispatch;

import com.renewalpost.fulfilment.platform.CsvExport;
import com.renewalpost.fulfilment.orders.PostalService;
import com.renewalpost.fulfilment.platform.PrintingSettings;
import com.renewalpost.fulfilment.printing.ReproduciblePdf;
import com.renewalpost.labels.manifest.ManifestLine;
import com.renewalpost.labels.manifest.PostingManifest;
import com.renewalpost.labels.manifest.PostingManifests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.ByteArrayOutputStream;

/**
 * The posting manifest of a closed dispatch, for the post office clerk to sign (this system's
 * firm mailing book): label-printing's PDF, the same bytes on every download, and a CSV of the
 * same lines.
 */
@ApplicationScoped
public class Manifests {

    @Inject
    Dispatches dispatches;
    @Inject
    PrintingSettings printing;

    public byte[] pdf(long dispatchId) {
        var closed = dispatches.closed(dispatchId);
        var dispatch = closed.dispatch();
        var lines = closed.items().stream().map(i -> new ManifestLine(i.trackingNumber(), i.orderNumber(),
                i.destination(), PostalService.valueOf(i.service()).printedName(), i.weightGrams(), i.postage())).toList();
        var currency = closed.items().get(0).currency();
        var out = new ByteArrayOutputStream();
        new PostingManifests(printing.settings()).write(new PostingManifest(dispatch.postingDate(),
                dispatch.postOffice(), currency, lines), out);
        return ReproduciblePdf.of(out.toByteArray(), dispatch.closedAt().orElseThrow(), "dispatch:" + dispatchId
                + ":manifest");
    }

    public String csv(long dispatchId) {
        var closed = dispatches.closed(dispatchId);
        var csv = CsvExport.withColumns("position", "tracking_number", "order_number", "destination", "service",
                "weight_grams", "postage", "currency");
        int position = 0;
        for (var item : closed.items()) {
            csv.row(++position, item.trackingNumber(), item.orderNumber(), item.destination(), item.service(),
                    item.weightGrams(), item.postage(), item.currency());
        }
        return csv.text();
    }
}
