package com.renewalpost.labels.address;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address rules of every region of Google's libaddressinput data (Apache License 2.0), read once from
 * {@code address-regions.tsv} beside this class (a copy of shared/data/address-regions.tsv, 253 regions).
 * Only the codes of that table are countries; anything else is refused rather than posted on a guess.
 */
public final class AddressFormats {

    static final String RESOURCE = "/com/renewalpost/labels/address/address-regions.tsv";
    /** libaddressinput's layout for a region whose {@code fmt} is empty. */
    static final String DEFAULT_FORMAT = "%N%n%O%n%A%n%C";
    private static final int COLUMNS = 15;
    /** Codes people write by habit for a country whose ISO code is another one (the messages name the code meant). */
    private static final Set<String> COMMON_SLIPS = Set.of("UK", "EL");
    /**
     * Subdivisions renamed after libaddressinput's data was taken, by the data's ISO id: the post still knows them
     * by the old key, their people by the new name (Mexico's Distrito Federal became Ciudad de México, MX-CMX, in 2016).
     */
    private static final Map<String, List<String>> RENAMED =
            Map.of("MX-DIF", List.of("CMX", "CDMX", "CIUDAD DE MEXICO", "MEXICO CITY"));
    private static final Pattern TWO_LETTERS = Pattern.compile("[A-Z]{2}");

    private final Map<String, AddressFormat> formats;

    private AddressFormats(Map<String, AddressFormat> formats) {
        this.formats = Collections.unmodifiableMap(formats);
    }

    private static final class Standard {
        static final AddressFormats INSTANCE = load();
    }

    /** The table of every region libaddressinput knows. */
    public static AddressFormats standard() {
        return Standard.INSTANCE;
    }

    /**
     * The rules for a country.
     *
     * @throws IllegalArgumentException when the code is not a country of the table, with {@link #countryProblem}'s message
     */
    public AddressFormat forCountry(String countryCode) {
        Optional<AddressMessage> problem = countryProblem(countryCode);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().toString());
        }
        return formats.get(countryCode.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether the code (any case) is a country of the table. */
    public boolean isCountry(String countryCode) {
        return countryProblem(countryCode).isEmpty();
    }

    /** Why a country code cannot be posted to, worded for the person who keyed it; empty when it is a country. */
    public Optional<AddressMessage> countryProblem(String countryCode) {
        if (countryCode == null || countryCode.isBlank()) {
            return Optional.of(AddressMessage.of("country.required"));
        }
        String code = countryCode.strip().toUpperCase(Locale.ROOT);
        if (formats.containsKey(code)) {
            return Optional.empty();
        }
        if (COMMON_SLIPS.contains(code)) {
            return Optional.of(AddressMessage.of("country.slip." + code));
        }
        if (!TWO_LETTERS.matcher(code).matches()) {
            return Optional.of(AddressMessage.of("country.notTwoLetters", countryCode.strip()));
        }
        return Optional.of(AddressMessage.of("country.unknown", code));
    }

    /** The country codes of the table, in table order. */
    public Set<String> countries() {
        return formats.keySet();
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
                // ZZ is libaddressinput's default rule, not a country: its layout is DEFAULT_FORMAT
                if (line.isBlank() || line.startsWith("#") || line.startsWith("country\t") || line.startsWith("ZZ\t")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != COLUMNS) {
                    throw new IllegalStateException(RESOURCE + " line " + number + " has " + c.length + " columns, expected " + COLUMNS);
                }
                List<String> examples = c[7].isEmpty() ? List.of() : Arrays.asList(c[7].split(","));
                String layout = !c[3].isEmpty() ? c[3] : !c[2].isEmpty() ? c[2] : DEFAULT_FORMAT;
                @SuppressWarnings("deprecation") // Locale(String, String) is the Java 17 way to name a bare region
                String name = !c[1].isEmpty() ? c[1] : new Locale("", c[0]).getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT);
                AddressFormat format = new AddressFormat(c[0], name, layout, fields(c[4]), fields(c[5]),
                        postcodePattern(c[6], examples), examples, postcodeWord(c[10]), regionWord(c[8]), subdivisions(c));
                formats.put(format.countryCode(), format);
            }
            return new AddressFormats(formats);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /**
     * The table's pattern, widened by the shape of each example it does not match: the patterns come from an older
     * snapshot than the examples, and where they disagree the example is trusted. A country with examples but no
     * pattern gets the examples' shapes; one with neither has no postcodes.
     */
    static Pattern postcodePattern(String regex, List<String> examples) {
        List<String> alternatives = new ArrayList<>();
        Pattern table = regex.isEmpty() ? null : Pattern.compile(regex);
        if (table != null) {
            alternatives.add("(?:" + regex + ")");
        }
        for (String example : examples) {
            if (table == null || !table.matcher(example).matches()) {
                alternatives.add(shapeOf(example));
            }
        }
        return alternatives.isEmpty() ? null : Pattern.compile(String.join("|", alternatives));
    }

    private static String shapeOf(String example) {
        StringBuilder shape = new StringBuilder("(?:");
        for (char ch : example.toCharArray()) {
            shape.append(Character.isDigit(ch) ? "\\d" : Character.isLetter(ch) ? "[A-Z]"
                    : ch == ' ' || ch == '-' ? "[ \\-]?" : Pattern.quote(String.valueOf(ch)));
        }
        return shape.append(")").toString();
    }

    private static List<Subdivision> subdivisions(String[] c) {
        if (c[12].isEmpty()) {
            return List.of();
        }
        String[] keys = c[12].split("~", -1);
        String[] latin = c[13].isEmpty() ? new String[0] : c[13].split("~", -1);
        String[] iso = c[14].isEmpty() ? new String[0] : c[14].split("~", -1);
        List<Subdivision> list = new ArrayList<>(keys.length);
        for (int i = 0; i < keys.length; i++) {
            String isoId = cell(iso, i);
            list.add(new Subdivision(keys[i], cell(latin, i), isoId,
                    RENAMED.getOrDefault(c[0] + "-" + (isoId != null ? isoId : keys[i]), List.of())));
        }
        return list;
    }

    private static String cell(String[] cells, int i) {
        return i < cells.length && !cells[i].isBlank() ? cells[i] : null;
    }

    /** The bundle key of libaddressinput's {@code zip_name_type}: postal (the default), zip, pin, eircode. */
    private static String postcodeWord(String type) {
        return "word.postcode." + (type.isEmpty() ? "postal" : type);
    }

    /** The bundle key of libaddressinput's {@code state_name_type}: province (the default), state, prefecture... */
    private static String regionWord(String type) {
        return "word.region." + (type.isEmpty() ? "province" : type);
    }

    private static Set<AddressField> fields(String letters) {
        Set<AddressField> fields = EnumSet.noneOf(AddressField.class);
        for (char letter : letters.toCharArray()) {
            AddressField field = AddressField.forLayoutCode(letter);
            if (field != null) {
                fields.add(field);
            }
        }
        return fields;
    }
}
