package com.renewalpost.fulfilment.codes;

import com.renewalpost.fulfilment.admin.AdminOnly;
import com.renewalpost.fulfilment.admin.AdminPages;
import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.catalogue.Product;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.ImportReport;
import com.renewalpost.fulfilment.platform.ImportResult;
import com.renewalpost.fulfilment.platform.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Admin page: code stock per product and the import of a CSV of codes, through
 * {@link CodeStock#importFor} as the API. The report names lines, never a code.
 */
@Named
@ViewScoped
@AdminOnly
public class CodeStockPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CodeStock stock;
    @Inject
    Catalogue catalogue;

    private List<CodeStock.Level> levels;
    private List<String> skus;
    private String sku;
    private String fileName;
    /** The last import's report; kept with this view only. */
    private ImportResult report;

    @PostConstruct
    void load() {
        levels = stock.levels();
        skus = catalogue.all().stream().map(Product::sku).toList();
    }

    /** The uploaded file is imported at once; the report and the levels then show the outcome. */
    public void upload(FileUploadEvent event) {
        if (sku == null || sku.isBlank()) {
            PageMessages.refusedField("import:sku", AdminPages.text("stock.chooseProduct"));
            return;
        }
        var file = event.getFile();
        try (var csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            report = stock.importFor(sku, csv, AdminPages.actor());
            fileName = file.getFileName();
            PageMessages.done(AdminPages.text("stock.imported", report.imported(), report.alreadyPresent(),
                    report.rejected(), sku));
        } catch (DomainException e) {
            report = null;
            AdminPages.refused(e, "import");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        levels = stock.levels();
    }

    public List<CodeStock.Level> getLevels() {
        return levels;
    }

    public List<String> getSkus() {
        return skus;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    /** The last import's report in the page's language. */
    public ImportReport getReport() {
        return report == null ? null : report.in(PageMessages.locale());
    }

    public String getFileName() {
        return fileName;
    }
}
