package com.renewalpost.fulfilment.dashboard;

import com.renewalpost.fulfilment.codes.CodeStock;
import com.renewalpost.fulfilment.notifications.Outbox;
import com.renewalpost.fulfilment.orders.OrderStatus;
import com.renewalpost.fulfilment.orders.PrintQueue;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The dashboard's figures, read once per page view. */
@Named
@RequestScoped
public class DashboardPage {

    @PersistenceContext
    EntityManager em;
    @Inject
    PrintQueue queue;
    @Inject
    CodeStock stock;
    @Inject
    Outbox outbox;

    private final Map<OrderStatus, Long> byStatus = new EnumMap<>(OrderStatus.class);
    private long atRisk;
    private List<CodeStock.Level> stockLevels;
    private int emailsFailing;

    @PostConstruct
    @Transactional
    void read() {
        for (Object[] row : em.createQuery("SELECT o.status, COUNT(o) FROM Order o GROUP BY o.status",
                Object[].class).getResultList()) {
            byStatus.put((OrderStatus) row[0], (Long) row[1]);
        }
        atRisk = queue.entries().stream().filter(PrintQueue.Entry::atRisk).count();
        stockLevels = stock.levels();
        emailsFailing = outbox.needingAttention().size();
    }

    public long count(String status) {
        return byStatus.getOrDefault(OrderStatus.valueOf(status), 0L);
    }

    public long getAtRisk() {
        return atRisk;
    }

    public List<CodeStock.Level> getStockLevels() {
        return stockLevels;
    }

    public int getEmailsFailing() {
        return emailsFailing;
    }
}
