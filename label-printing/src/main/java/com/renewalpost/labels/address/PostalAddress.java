package com.renewalpost.labels.address;

import java.util.List;
import java.util.Objects;

/**
 * A destination address as keyed in, in Latin script. Absent parts are null or blank;
 * {@code streetLines} is never null (null becomes an empty list, null entries are dropped).
 *
 * @param countryCode ISO 3166-1 alpha-2, e.g. "JP"
 */
public record PostalAddress(String name, String organisation, List<String> streetLines,
        String dependentLocality, String city, String region, String postcode, String countryCode) {

    /** Longest recipient name a label is guaranteed to print in full. */
    public static final int MAX_NAME_LENGTH = 80;
    /** Longest organisation, street, district, city or region line a label is guaranteed to print in full. */
    public static final int MAX_LINE_LENGTH = 60;
    /** Most street lines a label is guaranteed to print. */
    public static final int MAX_STREET_LINES = 4;

    public PostalAddress {
        streetLines = streetLines == null ? List.of()
                : streetLines.stream().filter(Objects::nonNull).toList();
    }

    /** The value of one field; for {@link AddressField#STREET} the street lines joined by new lines. */
    public String valueOf(AddressField field) {
        return switch (field) {
            case NAME -> name;
            case ORGANISATION -> organisation;
            case STREET -> String.join("\n", streetLines);
            case DEPENDENT_LOCALITY -> dependentLocality;
            case CITY -> city;
            case REGION -> region;
            case POSTCODE -> postcode;
        };
    }

    /** Whether the field has any non-blank text. */
    public boolean has(AddressField field) {
        String value = valueOf(field);
        return value != null && !value.isBlank();
    }
}
