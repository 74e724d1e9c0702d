package com.renewalpost.fulfilment.tracking;

import com.renewalpost.fulfilment.admin.AdminOnly;
import com.renewalpost.fulfilment.admin.AdminPages;
import com.renewalpost.fulfilment.platform.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Admin page: every delivery standard with the seeded (or admin's) days and the days learned
 * from tracked deliveries side by side, and the figure in use; learning can be run at once,
 * as {@code POST /api/delivery-standards/learn} does.
 */
@Named
@ViewScoped
@AdminOnly
public class DeliveryStandardsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LearnedStandards learned;
    @Inject
    TrackingSettings settings;

    private List<LearnedStandards.StandardView> standards;

    @PostConstruct
    void load() {
        standards = learned.all();
    }

    public void learnNow() {
        var result = learned.learn();
        PageMessages.done(AdminPages.text("standards.learned", result.learned(), result.cleared()));
        load();
    }

    public List<LearnedStandards.StandardView> getStandards() {
        return standards;
    }

    public int getWindowDays() {
        return settings.learnWindowDays();
    }

    public int getMinDeliveries() {
        return settings.learnMinDeliveries();
    }
}
