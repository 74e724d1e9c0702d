package com.renewalpost.labels.address;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One country's address rules, after libaddressinput: the Latin layout ({@code %N%n%O%n%A%n%C %S %Z} style),
 * the required and upper-cased parts, a postcode pattern with examples, and the subdivisions the post knows.
 *
 * @param countryCode      ISO 3166-1 alpha-2
 * @param countryName      English name in capitals, printed alone on the last line of international mail
 * @param latinFormat      layout codes %N %O %A %D %C %S %Z, %n for a new line; other codes count as absent; other text is literal
 * @param required         parts that must be present
 * @param upper            parts printed in capitals
 * @param postcodePattern  whole-postcode pattern, matched after normalising case and spacing; null = the country has no postcodes
 * @param postcodeExamples real postcodes, quoted in problem messages and giving the canonical spacing
 * @param postcodeWordKey  the bundle key of what the country calls a postcode, e.g. {@code word.postcode.zip} ("ZIP code")
 * @param regionWordKey    the bundle key of what the country calls its first-level subdivision, e.g. {@code word.region.state}
 * @param subdivisions     the subdivisions the post knows; empty = any region text is accepted
 */
public record AddressFormat(String countryCode, String countryName, String latinFormat,
        Set<AddressField> required, Set<AddressField> upper, Pattern postcodePattern, List<String> postcodeExamples,
        String postcodeWordKey, String regionWordKey, List<Subdivision> subdivisions) {

    /** Parts that a layout may leave out but the customer may still have written: printed after the street lines. */
    private static final List<AddressField> UNPLACED_ORDER =
            List.of(AddressField.DEPENDENT_LOCALITY, AddressField.CITY, AddressField.REGION, AddressField.POSTCODE);

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** How many subdivisions a problem message lists before it stops. */
    private static final int LISTED_SUBDIVISIONS = 12;

    public AddressFormat {
        required = required == null ? Set.of() : Set.copyOf(required);
        upper = upper == null ? Set.of() : Set.copyOf(upper);
        postcodeExamples = postcodeExamples == null ? List.of() : List.copyOf(postcodeExamples);
        subdivisions = subdivisions == null ? List.of() : List.copyOf(subdivisions);
        if (latinFormat == null || latinFormat.isBlank()) {
            throw new IllegalArgumentException("latinFormat is required for " + countryCode);
        }
    }

    /** Whether the country uses postcodes at all. */
    public boolean hasPostcodes() {
        return postcodePattern != null;
    }

    /**
     * The postcode in the country's canonical form (upper case, the space or hyphen where the published examples
     * have it: "k1a0b1" gives "K1A 0B1"), or empty when it is not a valid postcode of this country.
     */
    public Optional<String> canonicalPostcode(String postcode) {
        if (postcodePattern == null || postcode == null || postcode.isBlank()) {
            return Optional.empty();
        }
        String normal = SPACES.matcher(postcode.strip().toUpperCase(Locale.ROOT)).replaceAll(" ");
        String bare = normal.replace(" ", "").replace("-", "");
        List<String> candidates = new ArrayList<>();
        for (String example : postcodeExamples) {
            String shaped = shapedLike(bare, example);
            if (shaped != null) {
                candidates.add(shaped);
            }
        }
        candidates.add(normal);
        candidates.add(bare);
        return candidates.stream().filter(c -> postcodePattern.matcher(c).matches()).findFirst();
    }

    /** The subdivision a person's entry names (key, Latin name or ISO id, any case), if the post knows it. */
    public Optional<Subdivision> subdivision(String region) {
        if (region == null || region.isBlank()) {
            return Optional.empty();
        }
        String entry = Subdivision.plain(region);
        return subdivisions.stream().filter(s -> s.isNamedByPlain(entry, countryCode)).findFirst();
    }

    /**
     * The address as it is stored and printed: postcode in canonical form (dropped where the country has no
     * postcodes), region as the post writes it. Parts that do not validate are left as keyed.
     */
    public PostalAddress canonical(PostalAddress a) {
        String postcode = !hasPostcodes() ? null
                : a.postcode() == null ? null : canonicalPostcode(a.postcode()).orElse(a.postcode().strip());
        String region = a.region() == null ? null
                : subdivision(a.region()).map(Subdivision::printed).orElse(a.region().strip());
        return new PostalAddress(a.name(), a.organisation(), a.streetLines(), a.dependentLocality(), a.city(),
                region, postcode, countryCode);
    }

    /** Problems with the address for this country, in field order; empty when it can be posted as it is. */
    public List<AddressProblem> validate(PostalAddress a) {
        List<AddressProblem> problems = new ArrayList<>();
        AddressMessage.Country country = country();
        if (!a.has(AddressField.NAME) && !a.has(AddressField.ORGANISATION)) {
            problems.add(new AddressProblem(AddressField.NAME, AddressMessage.of("recipient.missing")));
        }
        for (AddressField field : AddressField.values()) {
            if (required.contains(field) && !a.has(field)) {
                problems.add(new AddressProblem(field, AddressMessage.of("required", word(field), country)));
            }
        }
        if (a.has(AddressField.REGION) && !subdivisions.isEmpty() && subdivision(a.region()).isEmpty()) {
            problems.add(new AddressProblem(AddressField.REGION, AddressMessage.of("region.unknown",
                    new AddressMessage.Word(regionWordKey, false), a.region().strip(),
                    new AddressMessage.Word(regionWordKey, true), country, subdivisionHint())));
        }
        if (a.has(AddressField.POSTCODE) && hasPostcodes() && canonicalPostcode(a.postcode()).isEmpty()) {
            AddressMessage.Word word = new AddressMessage.Word(postcodeWordKey, false);
            problems.add(new AddressProblem(AddressField.POSTCODE, postcodeExamples.isEmpty()
                    ? AddressMessage.of("postcode.invalid", word, a.postcode().strip(), country)
                    : AddressMessage.of("postcode.invalidExample", word, a.postcode().strip(), country,
                    postcodeExamples.get(0))));
        }
        for (AddressField field : AddressField.values()) {
            if (a.has(field)) {
                String foreign = nonLatinLetters(a.valueOf(field));
                if (!foreign.isEmpty()) {
                    problems.add(new AddressProblem(field, AddressMessage.of("latin.required", field, foreign)));
                }
            }
        }
        problems.addAll(lengthProblems(a));
        return List.copyOf(problems);
    }

    /** What a person keying the address should know although nothing is refused: a postcode that will not be printed. */
    public List<AddressProblem> warnings(PostalAddress a) {
        if (a.has(AddressField.POSTCODE) && !hasPostcodes()) {
            return List.of(new AddressProblem(AddressField.POSTCODE,
                    AddressMessage.of("postcode.none", country(), a.postcode().strip())));
        }
        return List.of();
    }

    /** What the country calls a postcode, in English (e.g. "ZIP code"). */
    public String postcodeWord() {
        return postcodeWord(Locale.ENGLISH);
    }

    /** What the country calls a postcode, in the reader's language. */
    public String postcodeWord(Locale locale) {
        return AddressMessage.bundle(AddressMessage.supported(locale)).getString(postcodeWordKey);
    }

    /** What the country calls its first-level subdivision, in English (e.g. "State"). */
    public String regionWord() {
        return AddressMessage.bundle(Locale.ENGLISH).getString(regionWordKey);
    }

    /** The lines of international mail: see {@link #labelLines(PostalAddress, String)}. */
    public List<String> labelLines(PostalAddress a) {
        return labelLines(a, null);
    }

    /**
     * The lines to print on a label, in this country's order: the address in canonical form, the parts the country
     * writes in capitals upper-cased, empty lines and the separators of absent parts dropped, literal text of the
     * layout kept, and the English country name alone last unless the letter stays in the sender's country.
     * Parts the layout does not place (a city in Japan, a district in Britain) follow the street lines,
     * so that nothing the customer wrote is lost.
     *
     * @param senderCountry the country the letter is posted in; null counts as abroad
     */
    public List<String> labelLines(PostalAddress keyed, String senderCountry) {
        PostalAddress a = canonical(keyed);
        List<String> street = new ArrayList<>(a.streetLines().stream().filter(s -> !s.isBlank())
                .map(s -> cased(AddressField.STREET, s.strip())).toList());
        for (AddressField field : UNPLACED_ORDER) {
            if (!latinFormat.contains("%" + layoutCode(field)) && a.has(field)) {
                street.add(cased(field, a.valueOf(field).strip()));
            }
        }
        List<String> lines = new ArrayList<>();
        for (String layoutLine : latinFormat.split("%n", -1)) {
            String rendered = renderLine(layoutLine, a, String.join("\n", street));
            for (String line : rendered.split("\n")) {
                String clean = SPACES.matcher(line.strip()).replaceAll(" ");
                if (!clean.isEmpty()) {
                    lines.add(clean);
                }
            }
        }
        if (!isDomestic(senderCountry)) {
            lines.add(countryName);
        }
        return List.copyOf(lines);
    }

    /** Whether a letter posted in the given country stays inside this one. */
    public boolean isDomestic(String senderCountry) {
        return senderCountry != null && countryCode.equalsIgnoreCase(senderCountry.strip());
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

    /** Country name for messages, e.g. "United Kingdom". */
    public String countryNameForPeople() {
        @SuppressWarnings("deprecation") // Locale(String, String) is the Java 17 way to name a bare region
        String english = new Locale("", countryCode).getDisplayCountry(Locale.ENGLISH);
        if (!english.isBlank() && !english.equalsIgnoreCase(countryCode)) {
            return english;
        }
        return Arrays.stream(countryName.toLowerCase(Locale.ROOT).split(" "))
                .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }

    /**
     * Renders one layout line. A separator between two parts is printed only when both sides have a present part
     * (the separator before the later part wins, so "%C, %S %Z" without a region gives "CITY 95014"); a prefix
     * such as "SE-" belongs to the part right after it.
     */
    private String renderLine(String layoutLine, PostalAddress a, String street) {
        StringBuilder out = new StringBuilder();
        StringBuilder pending = new StringBuilder();
        boolean sawField = false;
        boolean anyPresent = false;
        boolean lastPresent = false;
        for (int i = 0; i < layoutLine.length(); i++) {
            char c = layoutLine.charAt(i);
            if (c == '%' && i + 1 < layoutLine.length()) {
                AddressField field = AddressField.forLayoutCode(layoutLine.charAt(++i));
                String value = field == null ? "" : field == AddressField.STREET ? street
                        : cased(field, nullToEmpty(a.valueOf(field)).trim());
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

    /** The field's name in this country's words (state, prefecture, ZIP code...) for messages. */
    public String wordFor(AddressField field) {
        return AddressMessage.of("word", word(field)).in(Locale.ENGLISH);
    }

    private java.io.Serializable word(AddressField field) {
        return switch (field) {
            case REGION -> new AddressMessage.Word(regionWordKey, false);
            case POSTCODE -> new AddressMessage.Word(postcodeWordKey, false);
            default -> field;
        };
    }

    private AddressMessage.Country country() {
        return new AddressMessage.Country(countryCode, countryNameForPeople());
    }

    private AddressMessage subdivisionHint() {
        List<String> keys = subdivisions.stream().map(Subdivision::printed).toList();
        String listed = String.join(", ", keys.subList(0, Math.min(LISTED_SUBDIVISIONS, keys.size())));
        AddressMessage list = keys.size() > LISTED_SUBDIVISIONS ? AddressMessage.of("hint.more", listed, keys.size())
                : AddressMessage.of("hint.all", listed);
        Subdivision first = subdivisions.get(0);
        String named = first.latinName() != null && !first.latinName().equalsIgnoreCase(first.printed())
                ? first.latinName() : null;
        String iso = first.isoId() != null ? countryCode + "-" + first.isoId() : null;
        if (named != null) {
            return iso != null ? AddressMessage.of("hint.nameIso", list, named, iso) : AddressMessage.of("hint.name", list, named);
        }
        return iso != null ? AddressMessage.of("hint.anyNameIso", list, iso) : AddressMessage.of("hint.anyName", list);
    }

    /** The example's spacing applied to a bare postcode of the same shape (letters and digits in the same places). */
    private static String shapedLike(String bare, String example) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (char e : example.toCharArray()) {
            if (e == ' ' || e == '-') {
                out.append(e);
                continue;
            }
            if (i >= bare.length()) {
                return null;
            }
            char b = bare.charAt(i++);
            boolean sameKind = Character.isDigit(e) ? Character.isDigit(b) : Character.isLetter(e) ? Character.isLetter(b) : e == b;
            if (!sameKind) {
                return null;
            }
            out.append(b);
        }
        return i == bare.length() ? out.toString() : null;
    }

    private String cased(AddressField field, String value) {
        return upper.contains(field) ? value.toUpperCase(Locale.ROOT) : value;
    }

    private List<AddressProblem> lengthProblems(PostalAddress a) {
        List<AddressProblem> problems = new ArrayList<>();
        if (a.has(AddressField.NAME) && a.name().strip().length() > PostalAddress.MAX_NAME_LENGTH) {
            problems.add(new AddressProblem(AddressField.NAME, AddressMessage.of("length.field", AddressField.NAME,
                    a.name().strip().length(), PostalAddress.MAX_NAME_LENGTH)));
        }
        long streetLines = a.streetLines().stream().filter(s -> !s.isBlank()).count();
        if (streetLines > PostalAddress.MAX_STREET_LINES) {
            problems.add(new AddressProblem(AddressField.STREET, AddressMessage.of("length.streetLines", streetLines,
                    PostalAddress.MAX_STREET_LINES)));
        }
        for (String line : a.streetLines()) {
            if (line.strip().length() > PostalAddress.MAX_LINE_LENGTH) {
                problems.add(new AddressProblem(AddressField.STREET, AddressMessage.of("length.streetLine", line.strip(),
                        line.strip().length(), PostalAddress.MAX_LINE_LENGTH)));
            }
        }
        for (AddressField field : List.of(AddressField.ORGANISATION, AddressField.DEPENDENT_LOCALITY,
                AddressField.CITY, AddressField.REGION, AddressField.POSTCODE)) {
            if (a.has(field) && a.valueOf(field).strip().length() > PostalAddress.MAX_LINE_LENGTH) {
                problems.add(new AddressProblem(field, AddressMessage.of("length.field", field,
                        a.valueOf(field).strip().length(), PostalAddress.MAX_LINE_LENGTH)));
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
