package com.renewalpost.labels.address;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The address rules of every destination, read once from the table {@code address-formats.tsv} beside this class. */
public final class AddressFormats {

    static final String RESOURCE = "/com/renewalpost/labels/address/address-formats.tsv";
    /** Layout for countries outside the table: enough for any post office to route it. */
    static final String GENERIC_FORMAT = "%N%n%O%n%A%n%C %S %Z";

    private final Map<String, AddressFormat> formats;

    private AddressFormats(Map<String, AddressFormat> formats) {
        this.formats = Collections.unmodifiableMap(formats);
    }

    private static final class Standard {
        static final AddressFormats INSTANCE = load();
    }

    /** The project's table of the 30 destination countries. */
    public static AddressFormats standard() {
        return Standard.INSTANCE;
    }

    /**
     * The rules for a country; a country outside the table gets a generic rule (street and city required,
     * no postcode check) rather than an exception, so that an unusual destination can still be posted.
     *
     * @throws IllegalArgumentException when the code is null or blank
     */
    public AddressFormat forCountry(String countryCode) {
        if (countryCode == null || countryCode.isBlank()) {
            throw new IllegalArgumentException("A country code (ISO 3166-1 alpha-2) is required");
        }
        String code = countryCode.strip().toUpperCase(Locale.ROOT);
        AddressFormat known = formats.get(code);
        return known != null ? known : generic(code);
    }

    /** The country codes of the table, in table order. */
    public Set<String> countries() {
        return formats.keySet();
    }

    private static AddressFormat generic(String code) {
        @SuppressWarnings("deprecation") // Locale(String, String) is the Java 17 way to name a bare region
        String english = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        String name = english.isBlank() ? code : english.toUpperCase(Locale.ROOT);
        return new AddressFormat(code, name, GENERIC_FORMAT, EnumSet.of(AddressField.STREET, AddressField.CITY), null, List.of());
    }

    private static AddressFormats load() {
        try (InputStream in = AddressFormats.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Address table " + RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, AddressFormat> formats = new LinkedHashMap<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("country\t")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 6) {
                    throw new IllegalStateException(RESOURCE + " line " + number + " has " + cells.length + " columns, expected 6");
                }
                AddressFormat format = new AddressFormat(cells[0], cells[1], cells[2], requiredFields(cells[3]),
                        cells[4].isEmpty() ? null : Pattern.compile(cells[4], Pattern.CASE_INSENSITIVE),
                        cells[5].isEmpty() ? List.of() : Arrays.asList(cells[5].split(",")));
                formats.put(format.countryCode(), format);
            }
            return new AddressFormats(formats);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static Set<AddressField> requiredFields(String letters) {
        Set<AddressField> required = EnumSet.noneOf(AddressField.class);
        for (char letter : letters.toCharArray()) {
            AddressField field = AddressField.forLayoutCode(letter);
            if (field != null) {
                required.add(field);
            }
        }
        return required;
    }
}
