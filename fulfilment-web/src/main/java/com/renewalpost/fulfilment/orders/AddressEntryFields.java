package com.renewalpost.fulfilment.orders;

import com.renewalpost.labels.address.AddressField;
import com.renewalpost.labels.address.AddressFormat;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The address inputs of the order-entry form for one destination, read from the same rules the
 * labels are printed with ({@link AddressFormat}): the parts the country's layout places, in the
 * order it places them, each marked required or not. The recipient's name is keyed with the
 * customer, so it is left out here.
 */
public final class AddressEntryFields {

    /**
     * One input row.
     *
     * @param key      the form's name for the input ({@code street1}, {@code postcode}, ...)
     * @param field    the address part it fills
     * @param line     for street rows, which line (1 to 3); 0 otherwise
     * @param required whether the country's rules require it
     * @param example  a real example for the postcode, else null
     */
    public record Row(String key, AddressField field, int line, boolean required, String example)
            implements Serializable {
    }

    /** Street lines an order keeps (see {@link DeliveryAddress}). */
    static final int STREET_LINES = 3;

    private AddressEntryFields() {
    }

    public static List<Row> of(AddressFormat format) {
        var placed = new LinkedHashSet<>(format.fieldOrder());
        placed.remove(AddressField.NAME);
        // a part the rules require but the layout does not place still needs its input
        format.required().stream().filter(f -> f != AddressField.NAME).sorted().forEach(placed::add);
        var rows = new ArrayList<Row>();
        for (var field : placed) {
            var required = format.required().contains(field);
            if (field == AddressField.STREET) {
                for (int line = 1; line <= STREET_LINES; line++) {
                    rows.add(new Row("street" + line, field, line, required && line == 1, null));
                }
            } else {
                var example = field == AddressField.POSTCODE && !format.postcodeExamples().isEmpty()
                        ? format.postcodeExamples().get(0) : null;
                rows.add(new Row(keyOf(field), field, 0, required, example));
            }
        }
        return List.copyOf(rows);
    }

    /** The form's key of an address part (street: its first line). */
    public static String keyOf(AddressField field) {
        return switch (field) {
            case NAME -> "customerNameLatin";
            case ORGANISATION -> "organisation";
            case STREET -> "street1";
            case DEPENDENT_LOCALITY -> "locality";
            case CITY -> "city";
            case REGION -> "region";
            case POSTCODE -> "postcode";
        };
    }
}
