package com.renewalpost.fulfilment.dashboard;

import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.notifications.LateLetterReport;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.promise.PromiseSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The dashboard's figures and charts, read once per page view ({@link DashboardFigures}). */
@Named
@RequestScoped
public class DashboardPage {

    /** The late letters listed on the dashboard; the figure counts them all. */
    static final int LATE_LISTED = 50;

    @Inject
    DashboardFigures figures;

    private DashboardFigures.Figures read;

    /** Once per page view, through the transactional {@link DashboardFigures} (CDI puts no transaction around this). */
    @PostConstruct
    void read() {
        read = figures.read();
    }

    public long count(String status) {
        return read.byStatus().getOrDefault(OrderStatus.valueOf(status), 0L);
    }

    public long getAtRisk() {
        return read.atRisk();
    }

    public List<CodeStock.Level> getStockLevels() {
        return read.stockLevels();
    }

    public long getEmailsFailing() {
        return read.emailsFailing();
    }

    public int getDelayed() {
        return read.late().size();
    }

    /** The longest overdue letters first, at most {@link #LATE_LISTED}. */
    public List<LateLetterReport.LateLetter> getLateLetters() {
        return read.late().subList(0, Math.min(read.late().size(), LATE_LISTED));
    }

    public List<Charts.Day> getPostedPerDay() {
        return read.postedPerDay();
    }

    public List<Charts.Destination> getTransit() {
        return read.transit();
    }

    /** This month's plan expiries: the customer promise (lapses by cause, margins). */
    public PromiseSummary getPromise() {
        return read.promise();
    }

    public String getPostedChart() {
        return Charts.postedPerDay(read.postedPerDay(), text("dashboard.chart.items"));
    }

    public String getTransitChart() {
        return Charts.transitDays(read.transit(), text("dashboard.chart.days"));
    }

    private static String text(String key) {
        var context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "t").getString(key);
    }
}
