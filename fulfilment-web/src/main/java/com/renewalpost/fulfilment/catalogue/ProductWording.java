package com.renewalpost.fulfilment.catalogue;

import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.labels.letter.LetterLanguage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a customer reads about a product in one language: its name and a description of the plan, on
 * the letter ("Here is your renewal for {name}: {plan}") and in the emails (the name).
 *
 * @param name            e.g. "米国 eSIM プラン（30日間）"
 * @param planDescription e.g. "30日間、データ 15 GB"
 */
public record ProductWording(String name, String planDescription) implements java.io.Serializable {

    /** Longest name kept: with the longest plan description it still fits the letter at a readable size. */
    public static final int MAX_NAME = 100;
    public static final int MAX_PLAN_DESCRIPTION = 200;

    /** The languages letters and emails are written in, English (the fallback) first: en, zh-Hans, zh-Hant, ja, es. */
    public static final List<String> LANGUAGES = Arrays.stream(LetterLanguage.values()).map(LetterLanguage::tag).toList();
    public static final String FALLBACK = LetterLanguage.ENGLISH.tag();

    /** The wording of a product that has none in English either: its own name, the plan from its facts. */
    public static ProductWording standard(Product p) {
        return new ProductWording(p.name(), p.planDays() + " days, " + p.dataAllowance() + " data");
    }

    /**
     * The wording for a customer's BCP 47 tag: the language the letter is written in (see
     * {@link LetterLanguage#of}), else English, else the product's own.
     */
    public static ProductWording forCustomer(Map<String, ProductWording> translations, Product product, String languageTag) {
        var own = translations.get(LetterLanguage.of(languageTag).tag());
        if (own != null) {
            return own;
        }
        var english = translations.get(FALLBACK);
        return english != null ? english : standard(product);
    }

    /** Without surrounding blanks. */
    ProductWording stripped() {
        return new ProductWording(name.strip(), planDescription.strip());
    }

    /**
     * Every problem of these translations, field by field ({@code wording.<language>.name} and
     * {@code wording.<language>.planDescription}), with a message a person can act on.
     */
    public static List<DomainException.FieldError> problems(Map<String, ProductWording> translations) {
        var errors = new ArrayList<DomainException.FieldError>();
        if (translations == null) {
            return errors;
        }
        translations.forEach((language, wording) -> {
            var field = "wording." + language;
            if (!LANGUAGES.contains(language)) {
                errors.add(new DomainException.FieldError(field, Message.of("product.wording.language",
                        String.join(", ", LANGUAGES))));
                return;
            }
            if (wording == null) {
                errors.add(new DomainException.FieldError(field, Message.of("product.wording.missing")));
                return;
            }
            text(errors, field + ".name", wording.name(), MAX_NAME);
            text(errors, field + ".planDescription", wording.planDescription(), MAX_PLAN_DESCRIPTION);
        });
        return errors;
    }

    private static void text(List<DomainException.FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            errors.add(new DomainException.FieldError(field, Message.of("product.wording.length", String.valueOf(max))));
            return;
        }
        value.codePoints().filter(ProductWording::invisible).findFirst().ifPresent(cp -> {
            var name = Character.getName(cp);
            errors.add(new DomainException.FieldError(field, Message.of("product.wording.invisible",
                    String.format(Locale.ROOT, "U+%04X%s", cp, name == null ? "" : " (" + name.toLowerCase(Locale.ROOT) + ")"))));
        });
    }

    /** Control and formatting characters; ZWNJ and ZWJ pass, as some scripts need them. */
    private static boolean invisible(int cp) {
        if (cp == 0x200C || cp == 0x200D) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
