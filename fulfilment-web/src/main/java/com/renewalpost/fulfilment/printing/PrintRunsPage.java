package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.platform.Actor;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.orders.PrintQueue;
import com.renewalpost.fulfilment.orders.ServiceChoices;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.PageMessages;
import com.renewalpost.fulfilment.platform.ProblemException;
import com.renewalpost.fulfilment.staff.PageRoles;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The print queue and the print runs: choose orders (ticked, the next N, or all ready), make a
 * run in the background and watch it progress, then download its documents, reprint with a
 * reason, and look through earlier runs. Everything goes through {@link PrintRuns}, {@link Reprints} and {@link PrintRunJobs}, as the REST
 * API does, with the same rule: making and reprinting runs is warehouse work.
 */
@Named
@ViewScoped
public class PrintRunsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A document of a run, and where it downloads. */
    public record DocumentLink(String kind, String fileName, String url) implements Serializable {

        /** A PDF, which the browser can show and print itself. */
        public boolean printable() {
            return DocumentKind.valueOf(kind).isPdf();
        }

        /** The same document shown in the browser instead of saved: the print button frames it and prints. */
        public String printUrl() {
            return url + "?disposition=inline";
        }
    }

    @Inject
    PrintQueue queue;
    @Inject
    PrintRuns runs;
    @Inject
    Reprints reprints;
    @Inject
    PrintRunJobs jobs;
    @Inject
    LetterCustody letters;
    @Inject
    ServiceChoices serviceChoices;

    /** How many queued orders the page lists, most urgent first; the counts cover them all. */
    static final int QUEUE_LISTED = 500;

    private transient List<PrintQueue.Entry> entries;
    private transient Long queued;
    private transient Long atRisk;
    private List<PrintQueue.Entry> selected = new ArrayList<>();
    private Integer next = 10;
    private String jobId;
    private PrintRunJobs.Status job;
    private Long runId;
    private transient PrintRuns.RunView run;
    private transient Boolean lettersForPacking;
    private String reason;
    private final LazyDataModel<PrintRuns.RunSummary> history = new RunHistory();

    @PostConstruct
    void init() {
        var requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("run");
        if (requested != null && requested.matches("\\d{1,18}")) {
            runId = Long.valueOf(requested);
        }
    }

    // ---- making a run ----

    public void printSelected() {
        if (selected == null || selected.isEmpty()) {
            PageMessages.refused(text("runs.nothingSelected"));
            return;
        }
        start(new PrintRunRequest(selected.stream().map(PrintQueue.Entry::number).toList(), null, null));
    }

    public void printNext() {
        start(new PrintRunRequest(null, next, null));
    }

    public void printAllReady() {
        start(new PrintRunRequest(null, null, true));
    }

    private void start(PrintRunRequest request) {
        if (!PageRoles.holdsAny(Roles.WAREHOUSE)) {
            return;
        }
        if (isRunning()) {
            return;
        }
        jobId = jobs.start(request, Actor.ofPage());
        job = jobs.status(jobId).orElse(null);
    }

    /** Asked by the page every second while a run is being made. */
    public void poll() {
        if (jobId == null) {
            return;
        }
        job = jobs.status(jobId).orElse(null);
        if (job == null || !job.finished()) {
            return;
        }
        jobId = null;
        selected = new ArrayList<>();
        entries = null;
        // the run is made: the queue, the run and the history change once, now
        PrimeFaces.current().ajax().update("runs:queuePanel", "runs:runPanel", "runs:historyPanel", "growl");
        if (job.problem() != null) {
            PageMessages.problem(new ProblemException(job.problem()));
        }
        if (job.runId() != null) {
            open(job.runId());
            var made = getRun();
            PageMessages.done(MessageFormat.format(text("runs.made"), made.name(), made.printed(), made.held(),
                    made.skipped()));
        }
    }

    public boolean isRunning() {
        return jobId != null;
    }

    public PrintRunJobs.Status getJob() {
        return job;
    }

    /** How far the run being made (or the one just made) has come, 0 to 100. */
    public int getProgress() {
        return job == null || job.orders() == 0 ? 0 : (int) (100L * job.done() / job.orders());
    }

    /**
     * What the progress line says: choosing the orders until the run knows how many it prints
     * (never "0 of 0"), then how many of them are done, and at the end how many were done. The
     * last run's line stays until the next run starts.
     */
    public String getProgressText() {
        if (job == null) {
            return "";
        }
        if (job.orders() == 0 && !job.finished()) {
            return text("runs.progress.starting");
        }
        var words = text(job.finished() ? "runs.progress.finished" : "runs.progress");
        return new MessageFormat(words, PageMessages.locale()).format(new Object[] {job.done(), job.orders()});
    }

    /** Whether the page shows a run's progress: while one is made, and the last one made (not one refused). */
    public boolean isProgressShown() {
        return job != null && job.problem() == null;
    }

    // ---- a run ----

    public void open(long id) {
        runId = id;
        run = null;
        lettersForPacking = null;
        reason = null;
    }

    public PrintRuns.RunView getRun() {
        if (run == null && runId != null) {
            try {
                run = runs.view(runId, PageMessages.locale());
            } catch (DomainException unknown) {
                runId = null;
                PageMessages.problem(unknown);
            }
        }
        return run;
    }

    /** The run's documents; its letters only while the run is being packed (see {@link LetterCustody}). */
    public List<DocumentLink> getDocuments() {
        return runId == null ? List.of() : documents("api/print-runs/" + runId + "/documents/", isLettersForPacking());
    }

    public List<DocumentLink> itemDocuments(String orderNumber) {
        return documents("api/print-runs/" + runId + "/items/" + orderNumber + "/documents/", isLettersForPacking());
    }

    /** Whether the warehouse may still download this run's letters: some letter not yet packed, and the run recent. */
    public boolean isLettersForPacking() {
        if (lettersForPacking == null) {
            try {
                lettersForPacking = runId != null && letters.forPacking(runId);
            } catch (DomainException noLetters) {
                lettersForPacking = false;
            }
        }
        return lettersForPacking;
    }

    private static List<DocumentLink> documents(String path, boolean withLetters) {
        var base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/" + path;
        return Arrays.stream(DocumentKind.values()).filter(k -> withLetters || k != DocumentKind.LETTERS)
                .map(k -> new DocumentLink(k.name(), k.fileName(), base + k.fileName())).toList();
    }

    /** A reprint's reason is asked beside its input, not in a pop-up. */
    private static final Map<String, String> REASON_INPUT = Map.of("reason", "runs:reason");

    public void reprintRun() {
        if (!PageRoles.holdsAny(Roles.WAREHOUSE)) {
            return;
        }
        try {
            reprints.reprintRun(runId, reason, Actor.ofPage());
            PageMessages.done(MessageFormat.format(text("runs.reprinted"), getRun().name()));
            run = null;
            reason = null;
        } catch (DomainException refused) {
            PageMessages.problem(refused, REASON_INPUT);
        }
    }

    public void reprintItem(String orderNumber) {
        if (!PageRoles.holdsAny(Roles.WAREHOUSE)) {
            return;
        }
        try {
            reprints.reprintItem(runId, new OrderNumber(orderNumber), reason, Actor.ofPage());
            PageMessages.done(MessageFormat.format(text("runs.itemReprinted"), orderNumber));
            run = null;
            reason = null;
        } catch (DomainException refused) {
            PageMessages.problem(refused, REASON_INPUT);
        }
    }

    // ---- a faster service, proposed by the queue ----

    /** The warehouse confirms the service the queue proposes for an order; the queue is read again after. */
    public void confirmService(String orderNumber, String service) {
        if (!PageRoles.holdsAny(Roles.WAREHOUSE)) {
            return;
        }
        try {
            var confirmed = serviceChoices.confirm(new OrderNumber(orderNumber), service, Actor.ofPage());
            PageMessages.done(MessageFormat.format(text("runs.serviceChanged"), orderNumber,
                    text("service." + confirmed.postalService())));
        } catch (DomainException refused) {
            PageMessages.problem(refused);
        }
        refresh();
    }

    /** What the proposed service of a late order costs and by when it must be posted. */
    public String proposalText(PrintQueue.Entry e) {
        var service = text("service." + e.proposedService());
        if (e.proposedPostage() == null) {
            return MessageFormat.format(text("runs.proposal.unpriced"), service, e.proposedLatestPostingDate().toString());
        }
        if (e.extraPostage() == null) {
            return MessageFormat.format(text("runs.proposal.noExtra"), service, e.proposedLatestPostingDate().toString(),
                    e.proposedPostage().toPlainString(), e.postageCurrency());
        }
        return MessageFormat.format(text("runs.proposal"), service, e.proposedLatestPostingDate().toString(),
                e.proposedPostage().toPlainString(), e.postageCurrency(), e.extraPostage().toPlainString());
    }

    public String confirmLabel(PrintQueue.Entry e) {
        return MessageFormat.format(text("runs.proposal.confirm"), text("service." + e.proposedService()));
    }

    /** How many of the listed orders a faster service would still bring in time (the late ones are listed first). */
    public long getProposed() {
        return getEntries().stream().filter(e -> e.proposedService() != null).count();
    }

    // ---- the queue and the history ----

    /** The most urgent queued orders, at most {@link #QUEUE_LISTED}: the table never holds the whole queue. */
    public List<PrintQueue.Entry> getEntries() {
        if (entries == null) {
            entries = queue.entries(0, QUEUE_LISTED);
        }
        return entries;
    }

    /** Every queued order, counted in the database. */
    public long getQueued() {
        if (queued == null) {
            queued = queue.count();
        }
        return queued;
    }

    public long getAtRisk() {
        if (atRisk == null) {
            atRisk = queue.countAtRisk();
        }
        return atRisk;
    }

    public int getListed() {
        return getEntries().size();
    }

    public void refresh() {
        entries = null;
        queued = null;
        atRisk = null;
        run = null;
        lettersForPacking = null;
    }

    public LazyDataModel<PrintRuns.RunSummary> getHistory() {
        return history;
    }

    /** Every run made, newest first, read a page at a time from the database. */
    private final class RunHistory extends LazyDataModel<PrintRuns.RunSummary> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) runs.runCount();
        }

        @Override
        public List<PrintRuns.RunSummary> load(int first, int pageSize, Map<String, SortMeta> sort,
                                               Map<String, FilterMeta> filters) {
            return runs.history(first, pageSize);
        }

        @Override
        public String getRowKey(PrintRuns.RunSummary summary) {
            return Long.toString(summary.id());
        }

        @Override
        public PrintRuns.RunSummary getRowData(String key) {
            return null;
        }
    }

    // ---- inside ----

    private static String text(String key) {
        var context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "wh").getString(key);
    }

    public List<PrintQueue.Entry> getSelected() { return selected; }
    public void setSelected(List<PrintQueue.Entry> selected) { this.selected = selected; }
    public Integer getNext() { return next; }
    public void setNext(Integer next) { this.next = next; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getRunId() { return runId; }
}
