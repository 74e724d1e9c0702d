package com.renewalpost.fulfilment.orders;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PageMessages;
import com.renewalpost.fulfilment.staff.AuditAction;
import com.renewalpost.fulfilment.staff.AuditLog;
import com.renewalpost.fulfilment.platform.Roles;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The orders search page: one box for any clue (number, name in any script, email, ICCID tail,
 * tracking number) and filters; the table pages lazily through {@link OrderSearch}, so only the
 * rows shown are read from the database.
 */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderSearch search;
    @Inject
    AuditLog audit;

    private String text;
    private OrderStatus status;
    private String country;
    private Channel channel;
    private LocalDate from;
    private LocalDate to;
    private OrderSearch.Criteria criteria = OrderSearch.Criteria.text(null);
    private List<String> countries;
    private final Results results = new Results();

    @PostConstruct
    void init() {
        countries = search.countries();
        // the dashboard's figures link here with ?status=QUEUED and the like
        status = statusNamed(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("status"));
        criteria = new OrderSearch.Criteria(null, status, null, null, null, null);
    }

    /** The status a link names, or none (any status) for a name that is not one. */
    static OrderStatus statusNamed(String name) {
        if (name == null) {
            return null;
        }
        return Arrays.stream(OrderStatus.values()).filter(s -> s.name().equals(name.strip())).findFirst().orElse(null);
    }

    /**
     * Applies what was typed and chosen, from the first page; an exact order number or tracking
     * number opens that order's page instead.
     */
    public String search() {
        var exact = search.exactly(text);
        if (exact.isPresent()) {
            return "/staff/order.xhtml?faces-redirect=true&number=" + exact.get();
        }
        criteria = new OrderSearch.Criteria(text, status, country, channel, from, to);
        var table = FacesContext.getCurrentInstance().getViewRoot().findComponent("search:results");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
        return null;
    }

    /**
     * The list as it stands (the filters last applied, every page) as a CSV download, for support
     * and admins: it is customers' data in bulk, so audited, and refused beyond
     * {@link OrdersCsv#MOST_ROWS} rows (narrow the filters).
     */
    public void export() throws IOException {
        var context = FacesContext.getCurrentInstance();
        var external = context.getExternalContext();
        if (!isCanExport()) {
            PageMessages.refused(words().getString("detail.notAllowed"));
            external.getFlash().setKeepMessages(false);
            return;
        }
        var total = search.count(criteria);
        if (total > OrdersCsv.MOST_ROWS) {
            PageMessages.refused(Message.of("orders.export.tooMany", total, OrdersCsv.MOST_ROWS));
            external.getFlash().setKeepMessages(false);
            return;
        }
        var rows = search.find(criteria, 0, OrdersCsv.MOST_ROWS);
        audit.record(external.getRemoteUser(), AuditAction.ORDERS_EXPORTED, "orders",
                Message.of("audit.ordersExported", rows.size(), String.valueOf(criteria.text() == null ? "" : criteria.text()),
                        criteria.status() == null ? "" : criteria.status(), nullToEmpty(criteria.country()),
                        criteria.channel() == null ? "" : criteria.channel(), String.valueOf(criteria.createdFrom()),
                        String.valueOf(criteria.createdTo())));
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"orders.csv\"");
        var out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        // the byte order mark tells spreadsheets the file is UTF-8 (names in Chinese, Japanese...)
        out.write('\uFEFF');
        OrdersCsv.write(rows, words(), out);
        out.flush();
        context.responseComplete();
    }

    public boolean isCanExport() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.SUPPORT) || external.isUserInRole(Roles.ADMIN);
    }

    private static ResourceBundle words() {
        return ResourceBundle.getBundle("ui.orders", FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public void clear() {
        text = null;
        status = null;
        country = null;
        channel = null;
        from = null;
        to = null;
        search();
    }

    public LazyDataModel<OrderView.Summary> getResults() {
        return results;
    }

    public List<OrderStatus> getStatuses() {
        return Arrays.asList(OrderStatus.values());
    }

    public List<Channel> getChannels() {
        return Arrays.asList(Channel.values());
    }

    public List<String> getCountries() {
        return countries;
    }

    /** The country's name in the page's language ("Japan", "日本"). */
    public String countryName(String code) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        var name = new Locale("", code).getDisplayCountry(locale);
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }

    /** The database pages the table: a count, then the rows of the page shown. */
    private final class Results extends LazyDataModel<OrderView.Summary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, search.count(criteria));
        }

        @Override
        public List<OrderView.Summary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
            return search.find(criteria, first, pageSize);
        }

        @Override
        public String getRowKey(OrderView.Summary row) {
            return row.number();
        }

        @Override
        public OrderView.Summary getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(row -> row.number().equals(rowKey)).findFirst().orElse(null);
        }
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public OrderStatus getStatus() { return status; }
    public void setStatus(OrderStatus status) { this.status = status; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
