package com.renewalpost.labels.address;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A first-level subdivision (state, province, prefecture...) of a country, as libaddressinput lists it.
 *
 * @param key       as the post writes it, e.g. "WA"; may be in the country's own script
 * @param latinName the name in Latin letters where the key is in another script, else null
 * @param isoId     the ISO 3166-2 suffix, e.g. "WA" for US-WA, or null
 * @param newerNames names people use that came after the data was taken (Mexico City's "CDMX"), upper case
 */
public record Subdivision(String key, String latinName, String isoId, List<String> newerNames) {

    public Subdivision {
        newerNames = List.copyOf(newerNames);
    }

    public Subdivision(String key, String latinName, String isoId) {
        this(key, latinName, isoId, List.of());
    }

    /** Whether a person's entry names this subdivision: the key, the Latin name or the ISO id (with or without "CC-"). */
    boolean isNamedBy(String entry, String countryCode) {
        return isNamedByPlain(plain(entry), countryCode);
    }

    /** {@link #isNamedBy} for an entry already made {@link #plain}: a lookup compares one entry with every subdivision. */
    boolean isNamedByPlain(String e, String countryCode) {
        String[] own = PLAIN_NAMES.computeIfAbsent(this, Subdivision::plainNames);
        String k = own[0];
        String iso = own[1];
        return e.equals(k) || e.equals(iso) || e.equals(countryCode + "-" + iso)
                || newerNames.stream().anyMatch(n -> e.equals(n) || e.equals(countryCode + "-" + n))
                || own[2] != null && (e.equals(own[2]) || e.equals(own[3]));
    }

    /**
     * The plain forms of a subdivision's own names (key; ISO id, or the key where the table has none, the ISO suffix
     * as in US-WA; Latin name; it without its designation), made once: normalising them was a good part of laying a
     * label out. The subdivisions are the fixed tables', so the map stays small.
     */
    private static final java.util.Map<Subdivision, String[]> PLAIN_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String[] plainNames(Subdivision s) {
        String k = plain(s.key);
        String latin = s.latinName == null ? null : plain(s.latinName);
        return new String[] {k, s.isoId != null ? plain(s.isoId) : k, latin, latin == null ? null : withoutDesignation(latin)};
    }

    /** Upper case without accents or repeated spaces: "Michoacán" and "MICHOACAN" name the same state. */
    static String plain(String text) {
        String stripped = text.strip();
        if (isPlainAscii(stripped)) {
            // most entries and keys: nothing to decompose or squeeze (every intake compares each subdivision)
            return stripped.toUpperCase(Locale.ROOT);
        }
        String decomposed = MARKS.matcher(Normalizer.normalize(stripped, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(decomposed).replaceAll(" ").toUpperCase(Locale.ROOT);
    }

    /** Printable ASCII with no space next to another: {@link #plain} would change nothing but the case. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e || c == ' ' && i > 0 && text.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The name without a trailing word for the kind of subdivision ("Shandong Sheng" is written "Shandong"). */
    private static String withoutDesignation(String name) {
        return DESIGNATION.matcher(name).replaceFirst("");
    }

    private static final Pattern DESIGNATION =
            Pattern.compile(" (SHENG|SHI|ZIZHIQU|PROVINCE|PREFECTURE|STATE|REGION|OBLAST|KRAI|KRAY|DISTRICT)$");

    /** The form printed on a Latin label: the post's key, or its Latin name where the key is in another script. */
    public String printed() {
        boolean latinKey = key.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
        return latinKey || latinName == null ? key : latinName;
    }
}
