package com.renewalpost.labels.address;

import java.util.Locale;

/** The parts of a postal address that a country's layout can place and require. */
public enum AddressField {
    NAME, ORGANISATION, STREET, DEPENDENT_LOCALITY, CITY, REGION, POSTCODE;

    /** The field's name as a person reads it in a problem message, in English. */
    public String label() {
        return label(Locale.ENGLISH);
    }

    /** The field's name in the reader's language (English or Simplified Chinese). */
    public String label(Locale locale) {
        return AddressMessage.bundle(AddressMessage.supported(locale)).getString("field." + name());
    }

    /** The field a libaddressinput layout letter stands for (N O A D C S Z), or null for letters this project ignores. */
    static AddressField forLayoutCode(char code) {
        return switch (code) {
            case 'N' -> NAME;
            case 'O' -> ORGANISATION;
            case 'A' -> STREET;
            case 'D' -> DEPENDENT_LOCALITY;
            case 'C' -> CITY;
            case 'S' -> REGION;
            case 'Z' -> POSTCODE;
            default -> null;
        };
    }
}
