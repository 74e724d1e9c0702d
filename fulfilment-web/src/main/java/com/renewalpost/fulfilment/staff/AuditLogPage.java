package com.renewalpost.fulfilment.staff;

import com.renewalpost.fulfilment.admin.AdminOnly;
import com.renewalpost.fulfilment.platform.PageMessages;
import com.renewalpost.fulfilment.platform.WarehouseCalendar;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Admin page: the audit log, newest first, read from the database one page at a time, filtered by
 * text, actor, act and days (the warehouse's calendar), as {@code GET /api/admin/audit} does.
 */
@Named
@ViewScoped
@AdminOnly
public class AuditLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One act; {@code at} on the warehouse's clock. */
    public record Entry(LocalDateTime at, String actor, String action, String subject, String detail,
                        String clientAddress) implements Serializable {
    }

    @Inject
    AuditLog audit;
    @Inject
    WarehouseCalendar calendar;

    private String text;
    private String actor;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<Entry> events = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.count(filter()));
        }

        @Override
        public List<Entry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var zone = calendar.zone();
            return audit.search(filter(), first, pageSize).stream().map(e -> new Entry(
                    e.occurredAt().atZoneSameInstant(zone).toLocalDateTime(), e.actor(),
                    e.action(), e.subject(), e.detail(PageMessages.locale()), e.clientAddress())).toList();
        }

        @Override
        public String getRowKey(Entry entry) {
            return entry.at() + "/" + entry.actor() + "/" + entry.action();
        }
    };

    AuditLog.Filter filter() {
        return AuditLog.Filter.ofDays(text, actor, action, from, to, calendar.zone());
    }

    /** Runs the search (the model reads the filter when the table loads) from the first page. */
    public void search() {
        firstPage();
    }

    public void clear() {
        text = null;
        actor = null;
        action = null;
        from = null;
        to = null;
        firstPage();
    }

    private static void firstPage() {
        var table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":results:events");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public LazyDataModel<Entry> getEvents() { return events; }
    public AuditAction[] getActions() { return AuditAction.values(); }
    public String getZone() { return calendar.zone().getId(); }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public AuditAction getAction() { return action; }
    public void setAction(AuditAction action) { this.action = action; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
