package com.renewalpost.fulfilment.platform;

import java.io.Serializable;
import java.util.Locale;

/**
 * Words the server has for a person, put into their language only where they are shown: on a
 * staff page in the staff member's language, in an API answer in the language the client asked
 * for ({@link StaffLanguage}). Implementations give the English words as {@code toString()}, for logs
 * and exception messages.
 */
@FunctionalInterface
public interface Text extends Serializable {

    /** The words in this language (English or Simplified Chinese; any other locale gets English). */
    String in(Locale locale);

}
