package com.renewalpost.labels.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Every row of libaddressinput's region table, read here straight from the resource: a valid example postcode is
 * accepted and printed in the example's form, an invalid one is refused in the country's words, every required
 * part is enforced, and the label's lines are the row's layout filled in, in its order. Prints the figures.
 */
class AddressRegionsTest {

    private final AddressFormats formats = AddressFormats.standard();

    @Test
    void everyRegionOfTheTable() throws IOException {
        List<String[]> rows = rows();
        List<String> failures = new ArrayList<>();
        int passed = 0;
        int withPostcodes = 0;
        int withSubdivisions = 0;
        for (String[] row : rows) {
            int before = failures.size();
            if (row[0].equals("ZZ")) {
                // the default rule: not a country, but its layout is the one used where fmt is empty
                check(failures, "ZZ", !formats.isCountry("ZZ"), "ZZ is refused as a country");
                check(failures, "ZZ", row[2].equals(AddressFormats.DEFAULT_FORMAT), "ZZ's layout is the default layout");
            } else {
                withPostcodes += row[7].isEmpty() ? 0 : 1;
                withSubdivisions += row[12].isEmpty() ? 0 : 1;
                checkRegion(row, failures);
            }
            passed += failures.size() == before ? 1 : 0;
        }
        System.out.printf("Address regions: %d rows checked, %d passed (%d with example postcodes, %d with subdivisions)%n",
                rows.size(), passed, withPostcodes, withSubdivisions);
        failures.forEach(f -> System.out.println("  FAILED " + f));
        assertThat(rows).hasSize(253);
        assertThat(failures).isEmpty();
    }

    private void checkRegion(String[] row, List<String> failures) {
        String code = row[0];
        AddressFormat format = formats.forCountry(code);
        String layout = !row[3].isEmpty() ? row[3] : !row[2].isEmpty() ? row[2] : "%N%n%O%n%A%n%C";
        List<String> examples = row[7].isEmpty() ? List.of() : List.of(row[7].split(","));
        PostalAddress full = fullAddress(code, layout + "%" + String.join("%", row[4].split("")), row, examples);

        check(failures, code, format.validate(full).isEmpty(), "a full address is valid: " + format.validate(full));
        String expectedCountry = !row[1].isEmpty() ? row[1]
                : new Locale("", code).getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT);
        List<String> expected = expectedLines(layout, row[5], full, format);
        List<String> international = new ArrayList<>(expected);
        international.add(expectedCountry);
        check(failures, code, format.labelLines(full).equals(international),
                "label lines " + format.labelLines(full) + " are the layout's " + international);
        check(failures, code, format.labelLines(full, code).equals(expected), "domestic label has no country line");

        for (String example : examples) {
            String keyed = example.toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
            check(failures, code, format.canonicalPostcode(example).equals(java.util.Optional.of(example)),
                    "example " + example + " is accepted as it is");
            check(failures, code, format.canonicalPostcode(keyed).equals(java.util.Optional.of(example)),
                    "example keyed as " + keyed + " is printed as " + example + ", got " + format.canonicalPostcode(keyed));
        }
        if (!examples.isEmpty()) {
            String invalid = invalidPostcode(format, examples.get(0));
            if (invalid == null) {
                failures.add(code + ": no invalid variant of " + examples.get(0) + " is refused");
            } else {
                List<AddressProblem> problems = format.validate(withPostcode(full, invalid));
                check(failures, code, problems.size() == 1 && problems.get(0).field() == AddressField.POSTCODE
                        && problems.get(0).message().startsWith(wordFor(row[10]) + " " + invalid + " is not valid for")
                        && problems.get(0).message().contains(examples.get(0)),
                        "invalid postcode " + invalid + " is refused in the country's words with an example: " + problems);
            }
        } else if (!row[6].isEmpty()) {
            // a pattern but no example (Cook Islands): a wrong length is still refused
            check(failures, code, format.validate(withPostcode(full, "1234567890")).stream()
                    .anyMatch(p -> p.field() == AddressField.POSTCODE), "a postcode against the pattern is refused");
        } else {
            PostalAddress given = withPostcode(full, "12345");
            check(failures, code, format.validate(given).isEmpty() && format.warnings(given).size() == 1
                            && format.labelLines(given).stream().noneMatch(l -> l.contains("12345")),
                    "a postcode for a country without postcodes is not printed, and said so");
        }
        for (AddressField field : fields(row[4])) {
            check(failures, code, format.validate(without(full, field)).stream().anyMatch(p -> p.field() == field),
                    "required " + field + " is enforced");
        }
    }

    /** A value for every part in {@code parts} (layout codes placed or required); the region as the table's first subdivision. */
    private static PostalAddress fullAddress(String code, String parts, String[] row, List<String> examples) {
        String region = "Example Region";
        if (!row[12].isEmpty()) {
            String key = row[12].split("~", -1)[0];
            String latin = row[13].isEmpty() ? "" : row[13].split("~", -1)[0];
            region = key.codePoints().filter(Character::isLetter)
                    .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) || latin.isEmpty() ? key : latin;
        }
        return new PostalAddress(
                parts.contains("%N") ? "Ana Example" : null,
                parts.contains("%O") ? "Example Org" : null,
                parts.contains("%A") ? List.of("1 Example Street") : List.of(),
                parts.contains("%D") ? "Example District" : null,
                parts.contains("%C") ? "Example City" : null,
                parts.contains("%S") ? region : null,
                parts.contains("%Z") && !examples.isEmpty() ? examples.get(0) : null,
                code);
    }

    /** The layout filled in by plain substitution, each part upper-cased as the row's {@code upper} says. */
    private static List<String> expectedLines(String layout, String upper, PostalAddress a, AddressFormat format) {
        String filled = layout;
        if (a.postcode() == null) {
            // an absent postcode takes its separator with it: "%S, %Z" prints the region alone
            filled = filled.replaceAll("(?<=%[A-Za-z])[^%]*%Z", "").replaceAll("%Z[^%]*", "");
        }
        // required parts the layout does not place follow the street lines
        StringBuilder unplaced = new StringBuilder();
        for (char c : "DCSZ".toCharArray()) {
            AddressField field = AddressField.forLayoutCode(c);
            if (!layout.contains("%" + c) && a.has(field)) {
                String value = field == AddressField.REGION ? format.subdivision(a.region()).map(Subdivision::printed).orElse(a.region())
                        : a.valueOf(field);
                unplaced.append("%n").append(upper.indexOf(c) >= 0 ? value.toUpperCase(Locale.ROOT) : value);
            }
        }
        filled = filled.replace("%A", "%A" + unplaced);
        for (char c : "NOADCSZ".toCharArray()) {
            AddressField field = AddressField.forLayoutCode(c);
            String value = field == AddressField.REGION && a.region() != null
                    ? format.subdivision(a.region()).map(Subdivision::printed).orElse(a.region())
                    : a.valueOf(field);
            value = value == null ? "" : upper.indexOf(c) >= 0 ? value.toUpperCase(Locale.ROOT) : value;
            filled = filled.replace("%" + c, value);
        }
        filled = filled.replaceAll("%[^n]", "");
        List<String> lines = new ArrayList<>();
        for (String line : filled.split("%n")) {
            String clean = line.strip().replaceAll("\\s+", " ");
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        return lines;
    }

    private static String invalidPostcode(AddressFormat format, String example) {
        for (String candidate : List.of(example + "9", example + "99", "Q" + example, example.substring(1))) {
            if (format.canonicalPostcode(candidate).isEmpty()) {
                return candidate;
            }
        }
        return null;
    }

    private static String wordFor(String zipNameType) {
        return switch (zipNameType) {
            case "zip" -> "ZIP code";
            case "pin" -> "PIN code";
            case "eircode" -> "Eircode";
            default -> "Postal code";
        };
    }

    private static Set<AddressField> fields(String letters) {
        Set<AddressField> fields = EnumSet.noneOf(AddressField.class);
        for (char c : letters.toCharArray()) {
            AddressField f = AddressField.forLayoutCode(c);
            if (f != null) {
                fields.add(f);
            }
        }
        return fields;
    }

    private static PostalAddress withPostcode(PostalAddress a, String postcode) {
        return new PostalAddress(a.name(), a.organisation(), a.streetLines(), a.dependentLocality(), a.city(), a.region(),
                postcode, a.countryCode());
    }

    private static PostalAddress without(PostalAddress a, AddressField f) {
        return new PostalAddress(f == AddressField.NAME ? null : a.name(), f == AddressField.ORGANISATION ? null : a.organisation(),
                f == AddressField.STREET ? List.of() : a.streetLines(), f == AddressField.DEPENDENT_LOCALITY ? null : a.dependentLocality(),
                f == AddressField.CITY ? null : a.city(), f == AddressField.REGION ? null : a.region(),
                f == AddressField.POSTCODE ? null : a.postcode(), a.countryCode());
    }

    private static void check(List<String> failures, String code, boolean ok, String what) {
        if (!ok) {
            failures.add(code + ": " + what);
        }
    }

    private static List<String[]> rows() throws IOException {
        try (InputStream in = AddressRegionsTest.class.getResourceAsStream(AddressFormats.RESOURCE)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("country\t")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        }
    }
}
