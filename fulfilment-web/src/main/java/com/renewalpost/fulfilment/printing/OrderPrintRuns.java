package com.renewalpost.fulfilment.printing;

import com.renewalpost.fulfilment.orders.OrderNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The print runs an order was printed in, for its page: which run, which line, and the file
 * names of its documents (downloaded through the print-run API, which decides who may).
 */
@ApplicationScoped
@Transactional
public class OrderPrintRuns {

    /** One printing of the order; {@code documents} are the file names of its item documents. */
    public record Printing(long runId, String runName, int line, String trackingNumber, OffsetDateTime printedAt,
                           List<String> documents) implements Serializable {
    }

    /** The documents a printed item has (the packing list belongs to the whole run). */
    static final List<String> ITEM_DOCUMENTS = List.of(DocumentKind.LETTERS.fileName(), DocumentKind.LABELS.fileName(),
            DocumentKind.LABELS_ZPL.fileName(), DocumentKind.LABEL_SHEETS.fileName());

    @PersistenceContext
    EntityManager em;
    @Inject
    LetterCustody letters;

    @Transactional
    public List<Printing> of(OrderNumber number) {
        return em.createQuery("SELECT i FROM PrintRunItem i JOIN FETCH i.run r WHERE i.order.number = :n "
                        + "AND i.outcome = :printed ORDER BY r.createdAt, r.id", PrintRunItem.class)
                .setParameter("n", number.value())
                .setParameter("printed", PrintRunItem.Outcome.PRINTED)
                .getResultStream()
                .map(i -> new Printing(i.run().id(), i.run().name(), i.line(), i.trackingNumber(), i.run().createdAt(),
                        // the letter only while it is being packed: after that it is a reveal of the code
                        letters.forPacking(i.run().createdAt(), List.of(i.order().status())) ? ITEM_DOCUMENTS
                                : ITEM_DOCUMENTS.subList(1, ITEM_DOCUMENTS.size())))
                .toList();
    }
}
