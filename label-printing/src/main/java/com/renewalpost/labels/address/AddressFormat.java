package com.renewalpost.labels.address;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One country's address rules, after libaddressinput: the Latin layout ({@code %N%n%O%n%A%n%C %S %Z} style),
 * the required parts and a postcode pattern.
 *
 * @param countryCode      ISO 3166-1 alpha-2
 * @param countryName      English name in capitals, printed alone on the last label line
 * @param latinFormat      layout codes %N %O %A %D %C %S %Z, %n for a new line; other codes count as absent; other text is literal
 * @param required         parts that must be present
 * @param postcodePattern  whole-postcode pattern, matched case-insensitively after trimming; null = no check
 * @param postcodeExamples real postcodes quoted in problem messages
 */
public record AddressFormat(String countryCode, String countryName, String latinFormat,
        Set<AddressField> required, Pattern postcodePattern, List<String> postcodeExamples) {

    /** Parts that a layout may leave out but the customer may still have written: printed after the street lines. */
    private static final List<AddressField> UNPLACED_ORDER =
            List.of(AddressField.DEPENDENT_LOCALITY, AddressField.CITY, AddressField.REGION, AddressField.POSTCODE);

    private static final Pattern SPACES = Pattern.compile("\\s+");

    public AddressFormat {
        required = required == null ? Set.of() : Set.copyOf(required);
        postcodeExamples = postcodeExamples == null ? List.of() : List.copyOf(postcodeExamples);
        if (latinFormat == null || latinFormat.isBlank()) {
            throw new IllegalArgumentException("latinFormat is required for " + countryCode);
        }
    }

    /** Problems with the address for this country, in field order; empty when it can be posted as it is. */
    public List<AddressProblem> validate(PostalAddress a) {
        List<AddressProblem> problems = new ArrayList<>();
        String country = countryNameForPeople();
        if (!a.has(AddressField.NAME) && !a.has(AddressField.ORGANISATION)) {
            problems.add(new AddressProblem(AddressField.NAME, "Name or organisation of the recipient is missing"));
        }
        for (AddressField field : AddressField.values()) {
            if (required.contains(field) && !a.has(field)) {
                problems.add(new AddressProblem(field, field.label() + " is required for an address in " + country));
            }
        }
        if (a.has(AddressField.POSTCODE) && postcodePattern != null) {
            String postcode = a.postcode().trim();
            boolean valid = postcodePattern.matcher(postcode).matches()
                    || postcodePattern.matcher(postcode.toUpperCase(Locale.ROOT)).matches();
            if (!valid) {
                problems.add(new AddressProblem(AddressField.POSTCODE, "Postcode " + postcode + " is not valid for " + country
                        + (postcodeExamples.isEmpty() ? "" : " (expected like " + postcodeExamples.get(0) + ")")));
            }
        }
        for (AddressField field : AddressField.values()) {
            if (a.has(field)) {
                String foreign = nonLatinLetters(a.valueOf(field));
                if (!foreign.isEmpty()) {
                    problems.add(new AddressProblem(field, field.label()
                            + " must be written in Latin letters for international mail (found \"" + foreign + "\")"));
                }
            }
        }
        problems.addAll(lengthProblems(a));
        return List.copyOf(problems);
    }

    /**
     * The lines to print on a label: Latin upper case, in this country's order, empty lines and the separators
     * of absent parts dropped, literal text of the layout kept, the English country name alone last.
     * Parts the layout does not place (a city in Japan, a district in Britain) follow the street lines,
     * so that nothing the customer wrote is lost.
     */
    public List<String> labelLines(PostalAddress a) {
        List<String> street = new ArrayList<>(a.streetLines().stream().filter(s -> !s.isBlank()).map(String::trim).toList());
        for (AddressField field : UNPLACED_ORDER) {
            if (!latinFormat.contains("%" + layoutCode(field)) && a.has(field)) {
                street.add(a.valueOf(field).trim());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String layoutLine : latinFormat.split("%n", -1)) {
            String rendered = renderLine(layoutLine, a, String.join("\n", street));
            for (String line : rendered.split("\n")) {
                String clean = SPACES.matcher(line.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
                if (!clean.isEmpty()) {
                    lines.add(clean);
                }
            }
        }
        lines.add(countryName);
        return List.copyOf(lines);
    }

    /**
     * The parts this country's layout places, in the order it writes them (name and organisation
     * included, each once); forms that key an address in ask for them in this order.
     */
    public List<AddressField> fieldOrder() {
        List<AddressField> order = new ArrayList<>();
        for (int i = 0; i + 1 < latinFormat.length(); i++) {
            if (latinFormat.charAt(i) == '%') {
                AddressField field = AddressField.forLayoutCode(latinFormat.charAt(++i));
                if (field != null && !order.contains(field)) {
                    order.add(field);
                }
            }
        }
        return List.copyOf(order);
    }

    /** Title-case country name for messages, e.g. "United Kingdom". */
    public String countryNameForPeople() {
        return Arrays.stream(countryName.toLowerCase(Locale.ROOT).split(" "))
                .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }

    /**
     * Renders one layout line. A separator between two parts is printed only when both sides have a present part
     * (the separator before the later part wins, so "%C, %S %Z" without a region gives "CITY 95014"); a prefix
     * such as "SE-" belongs to the part right after it.
     */
    private static String renderLine(String layoutLine, PostalAddress a, String street) {
        StringBuilder out = new StringBuilder();
        StringBuilder pending = new StringBuilder();
        boolean sawField = false;
        boolean anyPresent = false;
        boolean lastPresent = false;
        for (int i = 0; i < layoutLine.length(); i++) {
            char c = layoutLine.charAt(i);
            if (c == '%' && i + 1 < layoutLine.length()) {
                AddressField field = AddressField.forLayoutCode(layoutLine.charAt(++i));
                String value = field == null ? "" : field == AddressField.STREET ? street : nullToEmpty(a.valueOf(field)).trim();
                boolean present = !value.isBlank();
                if (present) {
                    if (anyPresent || !sawField) {
                        out.append(pending);
                    }
                    out.append(value);
                    anyPresent = true;
                }
                pending.setLength(0);
                sawField = true;
                lastPresent = present;
            } else {
                pending.append(c);
            }
        }
        if (!sawField || lastPresent) {
            out.append(pending);
        }
        return out.toString();
    }

    private List<AddressProblem> lengthProblems(PostalAddress a) {
        List<AddressProblem> problems = new ArrayList<>();
        if (a.has(AddressField.NAME) && a.name().strip().length() > PostalAddress.MAX_NAME_LENGTH) {
            problems.add(new AddressProblem(AddressField.NAME, "Name has " + a.name().strip().length()
                    + " characters; at most " + PostalAddress.MAX_NAME_LENGTH + " fit on a label"));
        }
        long streetLines = a.streetLines().stream().filter(s -> !s.isBlank()).count();
        if (streetLines > PostalAddress.MAX_STREET_LINES) {
            problems.add(new AddressProblem(AddressField.STREET, "Street address has " + streetLines
                    + " lines; at most " + PostalAddress.MAX_STREET_LINES + " fit on a label"));
        }
        for (String line : a.streetLines()) {
            if (line.strip().length() > PostalAddress.MAX_LINE_LENGTH) {
                problems.add(new AddressProblem(AddressField.STREET, "Street line \"" + line.strip() + "\" has "
                        + line.strip().length() + " characters; at most " + PostalAddress.MAX_LINE_LENGTH + " fit on a label"));
            }
        }
        for (AddressField field : List.of(AddressField.ORGANISATION, AddressField.DEPENDENT_LOCALITY,
                AddressField.CITY, AddressField.REGION, AddressField.POSTCODE)) {
            if (a.has(field) && a.valueOf(field).strip().length() > PostalAddress.MAX_LINE_LENGTH) {
                problems.add(new AddressProblem(field, field.label() + " has " + a.valueOf(field).strip().length()
                        + " characters; at most " + PostalAddress.MAX_LINE_LENGTH + " fit on a label"));
            }
        }
        return problems;
    }

    /** Letters of other scripts than Latin (digits, punctuation and spaces are common to all scripts and pass). */
    private static String nonLatinLetters(String text) {
        StringBuilder foreign = new StringBuilder();
        text.codePoints()
                .filter(Character::isLetter)
                .filter(cp -> UnicodeScript.of(cp) != UnicodeScript.LATIN)
                .forEach(foreign::appendCodePoint);
        return foreign.toString();
    }

    private static char layoutCode(AddressField field) {
        return switch (field) {
            case NAME -> 'N';
            case ORGANISATION -> 'O';
            case STREET -> 'A';
            case DEPENDENT_LOCALITY -> 'D';
            case CITY -> 'C';
            case REGION -> 'S';
            case POSTCODE -> 'Z';
        };
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
