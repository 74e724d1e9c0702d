package com.renewalpost.fulfilment.postage;

import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.Text;

import java.util.Locale;

/**
 * A postage zone as staff read it: the zones of the first release have a name in each language
 * ({@code zone.*} of the messages); a zone an admin adds is shown as the admin named it.
 */
public record ZoneName(String zone) implements Text {

    @Override
    public String in(Locale locale) {
        var bundle = Message.bundle(locale);
        return zone != null && bundle.containsKey("zone." + zone) ? bundle.getString("zone." + zone) : zone;
    }

    /** English, for logs and exception messages. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
