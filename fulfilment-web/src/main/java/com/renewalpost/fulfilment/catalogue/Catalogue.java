package com.renewalpost.fulfilment.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** The products on sale, by SKU. */
@ApplicationScoped
public class Catalogue {

    @PersistenceContext
    EntityManager em;

    public Optional<Product> bySku(String sku) {
        return em.createQuery("SELECT p FROM Product p WHERE p.sku = :sku", Product.class)
                .setParameter("sku", sku)
                .getResultStream().findFirst();
    }

    public List<Product> all() {
        return em.createQuery("SELECT p FROM Product p ORDER BY p.sku", Product.class).getResultList();
    }

    @Transactional
    public void add(Product product) {
        em.persist(product);
    }
}
