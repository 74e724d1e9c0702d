package com.renewalpost.fulfilment.postage;

import com.renewalpost.fulfilment.platform.PageMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Postage zones on the staff pages: {@code #{zoneNames.of(zone)}}, in the page's language (see {@link ZoneName}). */
@Named
@ApplicationScoped
public class ZoneNames {

    public String of(String zone) {
        return new ZoneName(zone).in(PageMessages.locale());
    }
}
