package com.renewalpost.fulfilment.postage;

import com.renewalpost.fulfilment.orders.ServicePostage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Optional;

/** The print queue's question, what a letter costs by each service, answered from the tariff in force. */
@ApplicationScoped
public class ServicePrices implements ServicePostage {

    @Inject
    PostageRates rates;

    @Override
    public Prices on(LocalDate day) {
        var tariff = rates.tariff();
        return (service, country, weightGrams) -> tariff.quote(service, country, weightGrams, day)
                instanceof Tariff.Priced priced
                ? Optional.of(new Price(priced.rate().price(), priced.rate().currency())) : Optional.empty();
    }
}
