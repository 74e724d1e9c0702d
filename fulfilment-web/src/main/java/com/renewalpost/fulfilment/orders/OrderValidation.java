package com.renewalpost.fulfilment.orders;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.labels.address.AddressFormats;
import com.renewalpost.labels.address.PostalAddress;
import com.renewalpost.labels.font.CjkFace;
import com.renewalpost.labels.font.ScriptFonts;
import com.renewalpost.labels.font.TextStyle;
import com.renewalpost.labels.letter.ActivationLetters;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every rule an incoming order must pass, reported together: the field constraints of
 * {@link OrderRequest} plus the rules that need knowledge (address per country, ICCID check
 * digit, phone numbers, Latin script on the label).
 */
public class OrderValidation {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private final Validator validator;
    private final AddressFormats addressFormats;

    public OrderValidation(Validator validator, AddressFormats addressFormats) {
        this.validator = validator;
        this.addressFormats = addressFormats;
    }

    /** A validator that knows the order request's constraints (META-INF/validation/order-request.xml). */
    public static Validator validator() {
        try (var mapping = OrderValidation.class.getResourceAsStream("/META-INF/validation/order-request.xml")) {
            var configuration = jakarta.validation.Validation.byDefaultProvider().configure();
            configuration.addMapping(java.util.Objects.requireNonNull(mapping, "order-request.xml is missing"));
            try (var factory = configuration.buildValidatorFactory()) {
                return factory.getValidator();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The request's problems; empty when it can become an order. */
    public List<FieldProblem> problems(OrderRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<OrderRequest> v : validator.validate(request)) {
            problems.add(new FieldProblem(fieldName(v), constraintMessage(v)));
        }
        invisibleCharacterProblems(request, problems);
        latinName(request).ifPresentOrElse(
                name -> { },
                () -> problems.add(new FieldProblem("customerNameLatin", Message.of("order.nameLatin.required"))));
        if (request.address() != null && request.address().country() != null
                && request.address().country().length() == 2) {
            addressProblems(request, problems);
        }
        lineProblems(request, problems);
        if (request.phone() != null && !request.phone().isBlank() && e164(request.phone(),
                request.address() == null ? null : request.address().country()).isEmpty()) {
            problems.add(new FieldProblem("phone", Message.of("order.phone.invalid", request.phone())));
        }
        if (Languages.normalise(request.language()).isEmpty()) {
            problems.add(new FieldProblem("language", Message.of("order.language.invalid", request.language())));
        }
        enumProblem("postalService", request.postalService(), PostalService.class, true).ifPresent(problems::add);
        enumProblem("channel", request.channel(), Channel.class, false).ifPresent(problems::add);
        if (request.payment() != null) {
            enumProblem("payment.method", request.payment().method(), PaymentMethod.class, false)
                    .ifPresent(problems::add);
            if (request.payment().currency() != null && !request.payment().currency().isBlank()) {
                try {
                    java.util.Currency.getInstance(request.payment().currency().strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("payment.currency",
                            Message.of("order.currency.invalid", request.payment().currency())));
                }
            }
        }
        var channel = parseEnum(Channel.class, request.channel());
        if (channel.isPresent() && channel.get() != Channel.POST
                && (request.externalReference() == null || request.externalReference().isBlank())) {
            problems.add(new FieldProblem("externalReference", Message.of("order.externalReference.required")));
        }
        problems.sort(Comparator.comparing(FieldProblem::field));
        return problems;
    }

    /**
     * Every text of the order is printed on a label or letter, put in an email or shown to staff:
     * control characters (NUL, ESC, CR/LF...), bidirectional overrides (U+202E...) and other invisible
     * formatting characters would add lines to the address block, reorder what is shown or break the
     * email. Only the joiners that scripts need (ZWJ, ZWNJ) pass, and the notes may have line breaks
     * and tabs.
     */
    static void invisibleCharacterProblems(OrderRequest request, List<FieldProblem> problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("customerName", request.customerName());
        texts.put("customerNameLatin", request.customerNameLatin());
        texts.put("email", request.email());
        texts.put("phone", request.phone());
        texts.put("language", request.language());
        texts.put("productSku", request.productSku());
        texts.put("iccid", request.iccid());
        texts.put("linePhone", request.linePhone());
        texts.put("postalService", request.postalService());
        texts.put("channel", request.channel());
        texts.put("externalReference", request.externalReference());
        var a = request.address();
        if (a != null) {
            texts.put("address.organisation", a.organisation());
            if (a.streetLines() != null) {
                for (int i = 0; i < a.streetLines().size(); i++) {
                    texts.put("address.streetLines[" + i + "]", a.streetLines().get(i));
                }
            }
            texts.put("address.dependentLocality", a.dependentLocality());
            texts.put("address.city", a.city());
            texts.put("address.region", a.region());
            texts.put("address.postcode", a.postcode());
            texts.put("address.country", a.country());
        }
        var p = request.payment();
        if (p != null) {
            texts.put("payment.method", p.method());
            texts.put("payment.reference", p.reference());
            texts.put("payment.currency", p.currency());
        }
        texts.forEach((field, text) -> firstInvisible(text, false).ifPresent(cp -> problems.add(
                new FieldProblem(field, invisibleMessage(cp)))));
        firstInvisible(request.notes(), true).ifPresent(cp -> problems.add(
                new FieldProblem("notes", invisibleMessage(cp))));
    }

    /** The first character of {@code text} that must not be in an order's text, if any. */
    static Optional<Integer> firstInvisible(String text, boolean lineBreaksAllowed) {
        if (text == null) {
            return Optional.empty();
        }
        return text.codePoints().filter(cp -> !(lineBreaksAllowed && (cp == '\n' || cp == '\r' || cp == '\t'))
                && invisible(cp)).boxed().findFirst();
    }

    private static boolean invisible(int cp) {
        if (cp == 0x200C || cp == 0x200D) {
            return false; // ZWNJ and ZWJ: needed to write Persian, Indic scripts and emoji correctly
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static Message invisibleMessage(int cp) {
        // the character's Unicode name is the same in every language
        var name = Character.getName(cp);
        return Message.of("order.invisibleCharacter", String.format(Locale.ROOT, "U+%04X%s", cp,
                name == null ? "" : " (" + name.toLowerCase(Locale.ROOT) + ")"));
    }

    private void addressProblems(OrderRequest request, List<FieldProblem> problems) {
        var a = request.address();
        var country = a.country().toUpperCase(Locale.ROOT);
        var countryProblem = addressFormats.countryProblem(country);
        if (countryProblem.isPresent()) {
            problems.add(new FieldProblem("address.country", new AddressText(countryProblem.get())));
            return;
        }
        var format = addressFormats.forCountry(country);
        var postal = new PostalAddress(latinName(request).orElse("?"), a.organisation(),
                a.streetLines() == null ? List.of() : a.streetLines(), a.dependentLocality(), a.city(), a.region(),
                a.postcode(), country);
        format.validate(postal).forEach(p -> problems.add(
                new FieldProblem("address." + p.field().name().toLowerCase(Locale.ROOT), new AddressText(p.text()))));
        var parts = new ArrayList<String>();
        if (a.streetLines() != null) {
            parts.addAll(a.streetLines());
        }
        Arrays.asList(a.organisation(), a.dependentLocality(), a.city(), a.region(), a.postcode()).forEach(parts::add);
        if (parts.stream().anyMatch(part -> part != null && !isLatin(part))) {
            problems.add(new FieldProblem("address", Message.of("order.address.latin")));
        }
    }

    private void lineProblems(OrderRequest request, List<FieldProblem> problems) {
        boolean hasIccid = request.iccid() != null && !request.iccid().isBlank();
        boolean hasPhone = request.linePhone() != null && !request.linePhone().isBlank();
        if (hasIccid == hasPhone) {
            problems.add(new FieldProblem("iccid", Message.of("order.line.oneOf")));
            return;
        }
        if (hasIccid) {
            Iccid.problem(compactIccid(request.iccid())).ifPresent(p -> problems.add(new FieldProblem("iccid", p)));
        } else if (usLine(request.linePhone()).isEmpty()) {
            problems.add(new FieldProblem("linePhone", Message.of("order.linePhone.invalid", request.linePhone())));
        }
    }

    static String compactIccid(String iccid) {
        return iccid.replaceAll("[\\s-]", "");
    }

    /** The name for the label: the Latin-script name given, or the name itself when it is Latin already. */
    static Optional<String> latinName(OrderRequest request) {
        if (request.customerNameLatin() != null && !request.customerNameLatin().isBlank()) {
            return isLatin(request.customerNameLatin())
                    ? Optional.of(request.customerNameLatin().strip()) : Optional.empty();
        }
        if (request.customerName() != null && !request.customerName().isBlank() && isLatin(request.customerName())) {
            return Optional.of(request.customerName().strip());
        }
        return Optional.empty();
    }

    static boolean isLatin(String text) {
        return text.codePoints().allMatch(cp -> {
            var script = UnicodeScript.of(cp);
            return script == UnicodeScript.LATIN || script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED;
        });
    }

    static Optional<String> e164(String phone, String defaultRegion) {
        try {
            var number = PHONES.parse(phone, defaultRegion == null ? null : defaultRegion.toUpperCase(Locale.ROOT));
            return PHONES.isValidNumber(number)
                    ? Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    static Optional<String> usLine(String phone) {
        try {
            var number = PHONES.parse(phone, "US");
            return PHONES.isValidNumberForRegion(number, "US")
                    ? Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace(' ', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<FieldProblem> enumProblem(String field, String value, Class<E> type,
                                                                        boolean optional) {
        if ((value == null || value.isBlank()) && optional) {
            return Optional.empty();
        }
        if (value == null || value.isBlank() || parseEnum(type, value).isPresent()) {
            return Optional.empty(); // a missing required value is reported by its @NotBlank
        }
        // the codes, not their display names: the API and the CSV import take codes
        return Optional.of(new FieldProblem(field, Message.of("order.enum.invalid", value,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")))));
    }

    /**
     * A constraint's message: the key its mapping names (order-request.xml), or for a constraint
     * without one the message of its kind; the constraint's {@code max} is the argument.
     */
    static Message constraintMessage(ConstraintViolation<?> v) {
        var template = v.getMessageTemplate();
        var max = v.getConstraintDescriptor().getAttributes().get("max");
        if (template.startsWith("{order.") && template.endsWith("}")) {
            return Message.of(template.substring(1, template.length() - 1), max == null ? "" : max);
        }
        var kind = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return kind.equals("Size") ? Message.of("constraint.Size", max) : Message.of("constraint.other");
    }

    /**
     * What the letter cannot print of the customer's name as written, and whom it greets instead.
     *
     * @param scripts   the scripts of the name that no embedded font draws ({@code COMMON}: symbols such as emoji)
     * @param greetedAs the name the letter greets the customer by (the Latin name); empty when nothing of it prints
     */
    public record LetterNameWarning(List<UnicodeScript> scripts, Optional<String> greetedAs) {
    }

    /**
     * A warning, not a problem: the customer's name is in a script no font of the letter draws, so the letter will
     * greet the customer by the Latin name. The order is taken all the same.
     */
    static Optional<LetterNameWarning> letterNameWarning(OrderRequest request, ScriptFonts fonts) {
        if (request.customerName() == null || request.customerName().isBlank()) {
            return Optional.empty();
        }
        var own = request.customerName().strip();
        var missing = fonts.unprintable(own, TextStyle.REGULAR, CjkFace.forLanguage(request.language(), own));
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LetterNameWarning(List.copyOf(missing),
                ActivationLetters.greetedName(own, request.customerNameLatin(), request.language(), fonts)));
    }

    private static String fieldName(ConstraintViolation<?> v) {
        // "address.streetLines[0].<list element>" -> "address.streetLines[0]"
        return v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
    }
}
