package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.platform.Actor;
import com.renewalpost.fulfilment.orders.OrderNumber;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.ImportReport;
import com.renewalpost.fulfilment.platform.ImportResult;
import com.renewalpost.fulfilment.platform.PageMessages;
import com.renewalpost.fulfilment.platform.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Support's tracking page: upload a carrier's CSV export and read its per-line report, the events
 * still waiting for a letter with their tracking number (paged from the database; attached on
 * demand), and the letters proposed as lost, each one step from "mark lost and reship". The same
 * control classes as the REST API do the work; the role is checked here too.
 */
@Named
@ViewScoped
public class TrackingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CarrierEventIntake intake;
    @Inject
    TrackingEvents events;
    @Inject
    Reconciliation reconciliation;
    @Inject
    LostLetters lostLetters;
    @Inject
    Reships reships;

    private String uploadedFile;
    private ImportResult report;
    private List<LostLetters.Proposal> proposals;
    private LostLetters.Proposal chosen;
    private String lostReason;
    private Reships.Outcome lastReship;
    private final Waiting waiting = new Waiting();

    @PostConstruct
    void init() {
        proposals = lostLetters.proposals();
    }

    /** A carrier CSV, each row in its own transaction; the report stays on the page. */
    public void upload(FileUploadEvent event) {
        if (refused()) {
            return;
        }
        var file = event.getFile();
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            report = intake.importCsv(reader, Actor.ofPage());
            uploadedFile = file.getFileName();
            PageMessages.done(MessageFormat.format(text("tracking.upload.done"), report.imported(),
                    report.alreadyPresent(), report.rejected()));
        } catch (DomainException e) {
            report = null;
            PageMessages.problem(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        proposals = lostLetters.proposals();
        shownNow();
    }

    /** Attaches waiting events to the letters that now carry their numbers (also runs on a schedule). */
    public void reconcile() {
        if (refused()) {
            return;
        }
        var result = reconciliation.run();
        PageMessages.done(MessageFormat.format(text("tracking.reconcile.done"), result.eventsAttached(),
                result.trackingNumbers()));
        proposals = lostLetters.proposals();
        shownNow();
    }

    /** The proposal the dialog is about, with a reason to start from. */
    public void choose(LostLetters.Proposal proposal) {
        chosen = proposal;
        lostReason = MessageFormat.format(text("tracking.lost.defaultReason"), proposal.daysSilent());
    }

    public void markLostAndReship() {
        if (refused() || chosen == null) {
            return;
        }
        try {
            lastReship = reships.markLostAndReship(new OrderNumber(chosen.orderNumber()), lostReason, Actor.ofPage());
            PageMessages.done(MessageFormat.format(text("tracking.lost.done"), lastReship.originalNumber(),
                    lastReship.replacementNumber()));
            chosen = null;
            lostReason = null;
        } catch (DomainException e) {
            PageMessages.problem(e);
        }
        proposals = lostLetters.proposals();
        shownNow();
    }

    public LazyDataModel<TrackingResource.WaitingEvent> getWaiting() {
        return waiting;
    }

    /** The waiting events, one page at a time from the database. */
    private final class Waiting extends LazyDataModel<TrackingResource.WaitingEvent> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, events.countUnmatched());
        }

        @Override
        public List<TrackingResource.WaitingEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                        Map<String, FilterMeta> filterBy) {
            return events.unmatched(first, pageSize).stream().map(TrackingResource.WaitingEvent::of).toList();
        }

        @Override
        public String getRowKey(TrackingResource.WaitingEvent row) {
            return Long.toString(row.id());
        }

        @Override
        public TrackingResource.WaitingEvent getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(row -> Long.toString(row.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    private boolean refused() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.isUserInRole(Roles.SUPPORT) || external.isUserInRole(Roles.ADMIN)) {
            return false;
        }
        PageMessages.refused(text("detail.notAllowed"));
        shownNow();
        return true;
    }

    /** Every answer of this page is the page itself: its messages are shown now, not kept for a next page. */
    private static void shownNow() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
    }

    private static String text(String key) {
        var context = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle("ui.orders", context.getViewRoot().getLocale()).getString(key);
    }

    public String getUploadedFile() { return uploadedFile; }
    /** The last import's report in the page's language. */
    public ImportReport getReport() { return report == null ? null : report.in(PageMessages.locale()); }
    public List<LostLetters.Proposal> getProposals() { return proposals; }
    public LostLetters.Proposal getChosen() { return chosen; }
    public String getLostReason() { return lostReason; }
    public void setLostReason(String lostReason) { this.lostReason = lostReason; }
    public Reships.Outcome getLastReship() { return lastReship; }
}
