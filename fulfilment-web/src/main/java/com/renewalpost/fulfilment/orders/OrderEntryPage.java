package com.renewalpost.fulfilment.orders;

import com.renewalpost.fulfilment.platform.Actor;
import com.renewalpost.fulfilment.catalogue.Catalogue;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.PageMessages;
import com.renewalpost.fulfilment.platform.Sentences;
import com.renewalpost.fulfilment.staff.PageRoles;
import com.renewalpost.fulfilment.platform.Roles;
import com.renewalpost.labels.address.AddressField;
import com.renewalpost.labels.address.AddressFormat;
import com.renewalpost.labels.address.AddressFormats;
import com.renewalpost.labels.address.PostalAddress;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order-entry page for paper order forms. The country comes first and decides which address
 * inputs follow, in the order and with the requirements of the label rules ({@link AddressFormats});
 * every check is the intake's own ({@link OrderIntake#problems}), shown beside the input it is
 * about; saving goes through {@link OrderIntake#receive}, as the REST API does, with a key per
 * form so that a double submit never makes two orders. An order that looks like one still under
 * way ({@link PossibleDuplicates}) is saved only once the person confirms it.
 */
@Named
@ViewScoped
public class OrderEntryPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CHANNEL = "POST";
    /** Street-line problems name their line: address.streetLines[0] is the first. */
    private static final Pattern STREET_LINE = Pattern.compile("address\\.streetLines\\[(\\d)]");
    /** Inputs whose messages depend on each other: the line is an ICCID or a phone number, one of them. */
    private static final Map<String, Set<String>> LINKED = Map.of("iccid", Set.of("iccid", "linePhone"),
            "linePhone", Set.of("iccid", "linePhone"));

    /** A product as the form offers it. */
    public record ProductChoice(String sku, String name, BigDecimal price, String currency) implements Serializable {
    }

    @Inject
    OrderIntake intake;
    @Inject
    PostPayments postPayments;
    @Inject
    PossibleDuplicates possibleDuplicates;
    @Inject
    Catalogue catalogue;
    @Inject
    OrderEntryBatch batch;
    @Inject
    ScannedRenewalForms scannedForms;

    // what is keyed in
    private String country;
    private final Map<String, String> address = new HashMap<>();
    private String productSku;
    private String customerName;
    private String customerNameLatin;
    private String email;
    private String phone;
    private String language = "en";
    private String iccid;
    private String linePhone;
    private String planExpiresOn;
    private String postalService = PostalService.STANDARD_LETTER.name();
    private String paymentMethod = PaymentMethod.CHEQUE.name();
    private String paymentReference;
    private String amount;
    private String currency;
    private String notes;
    /** What the scanner typed from a renewal form, and the reference the form was filled in from. */
    private String renewalForm;
    private String filledFrom;
    /** The order the scanned form was printed with: the renewal resembles it by design, not by mistake. */
    private String renewedFrom;

    // what the page shows about it
    private final Map<String, List<String>> problems = new LinkedHashMap<>();
    private final List<String> generalProblems = new ArrayList<>();
    private List<PossibleDuplicates.Match> duplicates = List.of();
    /** The letter cannot print the name as written (no font for its script): a warning, the order is taken. */
    private String nameWarning;
    private String savedNumber;
    private boolean savedBefore;
    /** What the payment check of the saved order found, when it was short or over; else null. */
    private String savedPayment;
    private boolean savedHeld;
    private String formKey;
    private List<ProductChoice> products;

    @PostConstruct
    void init() {
        formKey = newFormKey();
        products = catalogue.all().stream().filter(p -> p.active())
                .map(p -> new ProductChoice(p.sku(), p.name(), p.price().amount(), p.price().currency())).toList();
        offerLastChoices();
    }

    /** A pile of forms is keyed one after another: the last form's country, product and payment method come again. */
    private void offerLastChoices() {
        if (batch.country() != null) {
            country = batch.country();
        }
        if (batch.productSku() != null && products.stream().anyMatch(p -> p.sku().equals(batch.productSku()))) {
            productSku = batch.productSku();
            productChanged();
            problems.clear();
        }
        if (batch.paymentMethod() != null) {
            paymentMethod = batch.paymentMethod();
        }
    }

    // ---- actions ----

    /**
     * A renewal form scanned (or its reference typed): the whole form is filled in from the order it was printed
     * with, by post; the payment is what staff find in the envelope, and the customer's written changes they make.
     */
    public void fillFromRenewalForm() {
        ScannedRenewalForms.Renewal scanned;
        try {
            scanned = scannedForms.renewalFrom(renewalForm);
        } catch (DomainException unknown) {
            filledFrom = null;
            PageMessages.refusedField("scan:renewalForm", unknown.detail().in(locale()));
            return;
        }
        clearForm();
        problems.clear();
        generalProblems.clear();
        var renewal = scanned.request();
        country = renewal.address().country();
        var a = renewal.address();
        put("organisation", a.organisation());
        for (int i = 0; i < a.streetLines().size(); i++) {
            put("street" + (i + 1), a.streetLines().get(i));
        }
        put("locality", a.dependentLocality());
        put("city", a.city());
        put("region", a.region());
        put("postcode", a.postcode());
        customerName = renewal.customerName();
        customerNameLatin = renewal.customerNameLatin();
        email = renewal.email();
        phone = renewal.phone();
        language = renewal.language();
        iccid = renewal.iccid();
        linePhone = renewal.linePhone();
        planExpiresOn = renewal.planExpiresOn() == null ? null : renewal.planExpiresOn().toString();
        postalService = renewal.postalService();
        if (products.stream().anyMatch(p -> p.sku().equals(renewal.productSku()))) {
            productSku = renewal.productSku();
            productChanged();
        }
        if (batch.paymentMethod() != null) {
            paymentMethod = batch.paymentMethod();
        }
        nameWarning = nameWarning(request(new ArrayList<>()));
        filledFrom = renewal.externalReference();
        renewedFrom = scanned.printedWith().value();
        renewalForm = null;
    }

    private void put(String key, String value) {
        if (value != null && !value.isBlank()) {
            address.put(key, value);
        }
    }

    /** The country changed: its address inputs replace the last country's. */
    public void countryChanged() {
        problems.clear();
        generalProblems.clear();
    }

    /** The product changed: the amount and currency default to its price. */
    public void productChanged() {
        products.stream().filter(p -> p.sku().equals(productSku)).findFirst().ifPresent(p -> {
            if (amount == null || amount.isBlank()) {
                amount = p.price().toPlainString();
            }
            if (currency == null || currency.isBlank()) {
                currency = p.currency();
            }
        });
        check("product");
    }

    /**
     * Checks what the intake thinks of one input just left, and shows it beside that input; the messages of inputs
     * that depend on it (the ICCID and the line's phone number) are checked again too, so a problem put right goes away.
     */
    public void check(String key) {
        var found = new ArrayList<FormProblem>();
        var request = request(found);
        intake.problems(request).forEach(p -> found.add(formProblem(p)));
        var keys = LINKED.getOrDefault(key, Set.of(key));
        keys.forEach(problems::remove);
        found.stream().filter(p -> keys.contains(p.key())).forEach(p -> problems
                .computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p.message()));
        if (Set.of("customerName", "customerNameLatin", "language").contains(key)) {
            nameWarning = nameWarning(request);
        }
    }

    public void save() {
        submit(false);
    }

    /** Saves although the order looks like one still under way: the person has looked and decided. */
    public void saveAnyway() {
        submit(true);
    }

    /** The payment method changed: only its own fields are shown, and a reference of another method is dropped. */
    public void paymentMethodChanged() {
        if (!isReferenceAsked()) {
            paymentReference = null;
        }
        problems.remove("paymentReference");
        problems.remove("paymentMethod");
    }

    /** A fresh form for the next paper order, with the choices kept for batch keying. */
    public void newOrder() {
        savedNumber = null;
        savedBefore = false;
        savedPayment = null;
        savedHeld = false;
        duplicates = List.of();
        problems.clear();
        generalProblems.clear();
        clearForm();
        offerLastChoices();
    }

    /** Back to the form without saving: the person wants to look at the order first. */
    public void keepEditing() {
        duplicates = List.of();
    }

    private void submit(boolean confirmed) {
        if (!PageRoles.holdsAny(Roles.WAREHOUSE, Roles.ADMIN)) {
            return;
        }
        problems.clear();
        generalProblems.clear();
        savedNumber = null;
        savedPayment = null;
        savedHeld = false;
        var found = new ArrayList<FormProblem>();
        var request = request(found);
        nameWarning = nameWarning(request);
        intake.problems(request).forEach(p -> found.add(formProblem(p)));
        if (!found.isEmpty()) {
            duplicates = List.of();
            show(found);
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (!confirmed) {
            duplicates = possibleDuplicates.of(request).stream().filter(m -> !m.number().equals(renewedFrom)).toList();
            if (!duplicates.isEmpty()) {
                return;
            }
        }
        duplicates = List.of();
        OrderIntake.Receipt receipt;
        try {
            receipt = intake.receive(request, formKey, Actor.ofPage());
        } catch (InvalidOrderException invalid) {
            // changed between the check and the save (a product taken off sale)
            show(invalid.problems().stream().map(this::formProblem).toList());
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        savedNumber = receipt.order().number().value();
        savedBefore = !receipt.created();
        savedHeld = receipt.order().status() == OrderStatus.ON_HOLD;
        savedPayment = postPayments.check(receipt.order()).map(c -> switch (c.outcome()) {
            case SHORT -> receipt.order().holdReason(locale()).orElse(null);
            case OVER -> java.text.MessageFormat.format(text("entry.saved.credit"), c.difference().toString());
            case EXACT -> null;
        }).orElse(null);
        batch.remember(country, productSku, paymentMethod);
        clearForm();
        offerLastChoices();
    }

    // ---- the order request, from what is keyed in ----

    /** The request the form stands for; inputs that cannot be read at all are reported in {@code found}. */
    OrderRequest request(List<FormProblem> found) {
        var rows = getAddressRows();
        var street = new ArrayList<String>();
        for (var row : rows) {
            if (row.field() == AddressField.STREET && has(address.get(row.key()))) {
                street.add(address.get(row.key()).strip());
            }
        }
        var shown = rows.stream().map(AddressEntryFields.Row::key).toList();
        var addressRequest = new OrderRequest.Address(shownValue(shown, "organisation"), street,
                shownValue(shown, "locality"), shownValue(shown, "city"), shownValue(shown, "region"),
                shownValue(shown, "postcode"), country);
        return new OrderRequest(customerName, customerNameLatin, email, phone, language, addressRequest, productSku,
                iccid, linePhone, date(found), postalService, CHANNEL, filledFrom,
                payment(found), notes);
    }

    /**
     * The payment as keyed. A cheque or money order is also what arrived, checked against the product's
     * price in its currency (a short payment holds the order, an over payment becomes credit on the line);
     * several items of one order go through the API.
     */
    private OrderRequest.PaymentDetails payment(List<FormProblem> found) {
        var reference = isReferenceAsked() ? paymentReference : null;
        var amountKeyed = money(found);
        var received = OrderValidation.parseEnum(PaymentMethod.class, paymentMethod).filter(PostPayment.KINDS::contains);
        if (received.isEmpty() || amountKeyed == null || !has(currency)
                || found.stream().anyMatch(p -> "amount".equals(p.key()))) {
            return new OrderRequest.PaymentDetails(paymentMethod, reference, amountKeyed, currency, null);
        }
        return new OrderRequest.PaymentDetails(paymentMethod, reference, amountKeyed, currency,
                List.of(new OrderRequest.PaymentItemDetails(paymentMethod, reference, amountKeyed, currency)));
    }

    private LocalDate date(List<FormProblem> found) {
        if (!has(planExpiresOn)) {
            return null;
        }
        try {
            return LocalDate.parse(planExpiresOn.strip());
        } catch (DateTimeParseException e) {
            found.add(new FormProblem("planExpiresOn", text("entry.problem.date")));
            return null;
        }
    }

    private BigDecimal money(List<FormProblem> found) {
        if (!has(amount)) {
            return null;
        }
        try {
            return new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            found.add(new FormProblem("amount", text("entry.problem.amount")));
            // reported here; a placeholder keeps the intake from also asking for an amount
            return BigDecimal.ONE;
        }
    }

    private String shownValue(List<String> shown, String key) {
        return shown.contains(key) && has(address.get(key)) ? address.get(key) : null;
    }

    /** What the person keying should know about how the letter will greet the customer; null when all is well. */
    private String nameWarning(OrderRequest request) {
        return intake.letterNameWarning(request).map(w -> {
            var scripts = w.scripts().stream().map(OrderEntryPage::scriptName).toList();
            var what = String.join(", ", scripts);
            return w.greetedAs().map(name -> java.text.MessageFormat.format(text("entry.warning.nameScript"), what, name))
                    .orElseGet(() -> java.text.MessageFormat.format(text("entry.warning.nameScript.none"), what));
        }).orElse(null);
    }

    /** A script as people call it: "Nandinagari", "Old Turkic"; symbols and emoji as the page's words for them. */
    private static String scriptName(Character.UnicodeScript script) {
        if (script == Character.UnicodeScript.COMMON) {
            return text("entry.warning.symbols");
        }
        var words = script.name().toLowerCase(Locale.ROOT).split("_");
        var name = new StringBuilder();
        for (var word : words) {
            name.append(name.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    // ---- problems beside their inputs ----

    /** A problem under the name of the input it is shown beside ({@code null}: above the form). */
    record FormProblem(String key, String message) {
    }

    /** Which input an intake problem is about; one the form does not show for this country goes above the form. */
    FormProblem formProblem(FieldProblem problem) {
        var key = keyOf(problem.field());
        var shown = key != null && (!isAddressKey(key)
                || getAddressRows().stream().anyMatch(r -> r.key().equals(key)));
        return new FormProblem(shown ? key : null, problem.message().in(locale()));
    }

    static String keyOf(String field) {
        Matcher street = STREET_LINE.matcher(field);
        if (street.matches()) {
            return "street" + (Integer.parseInt(street.group(1)) + 1);
        }
        return switch (field) {
            case "customerName" -> "customerName";
            case "customerNameLatin", "address.name" -> "customerNameLatin";
            case "email" -> "email";
            case "phone" -> "phone";
            case "language" -> "language";
            case "productSku" -> "product";
            case "iccid" -> "iccid";
            case "linePhone" -> "linePhone";
            case "planExpiresOn" -> "planExpiresOn";
            case "postalService" -> "postalService";
            case "notes" -> "notes";
            case "payment", "payment.method" -> "paymentMethod";
            case "payment.reference" -> "paymentReference";
            case "payment.amount" -> "amount";
            case "payment.currency", "payment.items[0].currency" -> "currency";
            case "payment.items[0].number" -> "paymentReference";
            case "payment.items[0].amount" -> "amount";
            case "payment.items", "payment.items[0].kind" -> "paymentMethod";
            case "address.country" -> "country";
            case "address" -> "address";
            case "address.organisation" -> "organisation";
            case "address.streetLines", "address.street" -> "street1";
            case "address.dependentLocality", "address.dependent_locality" -> "locality";
            case "address.city" -> "city";
            case "address.region" -> "region";
            case "address.postcode" -> "postcode";
            default -> null;
        };
    }

    private static boolean isAddressKey(String key) {
        return Set.of("organisation", "street1", "street2", "street3", "locality", "city", "region", "postcode")
                .contains(key);
    }

    private void show(List<FormProblem> found) {
        // in the order of the form, so that the first one is where the person goes first
        var order = inputOrder();
        found.stream().sorted(Comparator.comparingInt(p -> p.key() == null ? -1 : order.indexOf(p.key())))
                .forEach(p -> {
                    if (p.key() == null) {
                        generalProblems.add(Sentences.ended(p.message(), locale()));
                    } else {
                        problems.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p.message());
                    }
                });
    }

    /** The inputs in the order the form has them. */
    List<String> inputOrder() {
        var order = new ArrayList<String>();
        order.add("country");
        order.add("address");
        getAddressRows().forEach(r -> order.add(r.key()));
        order.addAll(List.of("product", "postalService", "customerName", "customerNameLatin", "email", "phone",
                "language", "iccid", "linePhone", "planExpiresOn", "paymentMethod", "paymentReference", "amount",
                "currency", "notes"));
        return order;
    }

    // ---- for the page ----

    /** The destinations: every country of the address rules, by its name in the staff member's language. */
    public List<SelectItem> getCountries() {
        var locale = locale();
        return AddressFormats.standard().countries().stream().map(c -> new SelectItem(c, countryName(c, locale)))
                .sorted(Comparator.comparing(SelectItem::getLabel)).toList();
    }

    /** The address inputs of the chosen country, in its order; none before a country is chosen. */
    public List<AddressEntryFields.Row> getAddressRows() {
        return knownCountry() ? AddressEntryFields.of(format()) : List.of();
    }

    /** The label of an address input as the country calls it (a state, a prefecture, a ZIP code). */
    public String label(AddressEntryFields.Row row) {
        var bundle = bundle();
        var own = "address." + row.field().name() + "." + country;
        var text = bundle.containsKey(own) ? bundle.getString(own) : bundle.getString("address." + row.field().name());
        return row.line() > 1 ? text + " (" + bundle.getString("address.line").replace("{0}", String.valueOf(row.line())) + ")"
                : text;
    }

    /** The address as the label will print it, from what is keyed in so far. */
    public List<String> getLabelPreview() {
        if (!knownCountry()) {
            return List.of();
        }
        var request = request(new ArrayList<>());
        var a = request.address();
        var name = has(customerNameLatin) ? customerNameLatin : has(customerName) ? customerName : null;
        return format().labelLines(new PostalAddress(name, a.organisation(), a.streetLines(), a.dependentLocality(),
                a.city(), a.region(), a.postcode(), a.country()));
    }

    public List<ProductChoice> getProducts() {
        return products;
    }

    public List<String> getPostalServices() {
        return Arrays.stream(PostalService.values()).map(Enum::name).toList();
    }

    public List<String> getPaymentMethods() {
        return Arrays.stream(PaymentMethod.values()).map(Enum::name).toList();
    }

    /** The languages letters and emails are written in. */
    public List<String> getLanguages() {
        return List.of("en", "zh-Hans", "zh-Hant");
    }

    public boolean hasProblem(String key) {
        return problems.containsKey(key);
    }

    /** The messages about one input, each a sentence of its own (the page shows them one under another). */
    public List<String> problems(String key) {
        var locale = locale();
        return problems.getOrDefault(key, List.of()).stream().map(m -> Sentences.ended(m, locale)).toList();
    }

    /** Whether the chosen payment method has a reference to key in (a cheque's number; a card has none). */
    public boolean isReferenceAsked() {
        return paymentMethod != null && bundle().containsKey("entry.paymentReference." + paymentMethod);
    }

    /** What the chosen payment method calls its reference: cheque number, money order number, transaction id. */
    public String getReferenceLabel() {
        return isReferenceAsked() ? text("entry.paymentReference." + paymentMethod) : "";
    }

    public List<String> getGeneralProblems() {
        return generalProblems;
    }

    public String getNameWarning() {
        return nameWarning;
    }

    public List<PossibleDuplicates.Match> getDuplicates() {
        return duplicates;
    }

    public String getRenewalForm() { return renewalForm; }
    public void setRenewalForm(String renewalForm) { this.renewalForm = renewalForm; }
    /** The reference of the renewal form the order was filled in from; null when keyed from scratch. */
    public String getFilledFrom() { return filledFrom; }

    public String getSavedNumber() {
        return savedNumber;
    }

    public boolean isSavedBefore() {
        return savedBefore;
    }

    public boolean isSavedHeld() {
        return savedHeld;
    }

    public String getSavedPayment() {
        return savedPayment;
    }

    /** Whether the last save was refused: the page then moves the focus to the first problem. */
    public boolean isRefused() {
        return !problems.isEmpty() || !generalProblems.isEmpty();
    }

    public Map<String, String> getAddress() {
        return address;
    }

    // ---- inside ----

    private boolean knownCountry() {
        return has(country) && AddressFormats.standard().isCountry(country);
    }

    private AddressFormat format() {
        return AddressFormats.standard().forCountry(country);
    }

    private void clearForm() {
        country = null;
        address.clear();
        productSku = null;
        customerName = null;
        customerNameLatin = null;
        email = null;
        phone = null;
        language = "en";
        iccid = null;
        linePhone = null;
        planExpiresOn = null;
        postalService = PostalService.STANDARD_LETTER.name();
        paymentMethod = PaymentMethod.CHEQUE.name();
        paymentReference = null;
        amount = null;
        currency = null;
        notes = null;
        nameWarning = null;
        filledFrom = null;
        renewedFrom = null;
        formKey = newFormKey();
    }

    /** The idempotency key of one filled-in form: the same form saved twice is one order. */
    private static String newFormKey() {
        return "order-entry:" + UUID.randomUUID();
    }

    private static String countryName(String code, Locale locale) {
        @SuppressWarnings("deprecation") // Locale(String, String) is the Java 17 way to name a bare region
        var name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static ResourceBundle bundle() {
        var context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "wh");
    }

    private static String text(String key) {
        return bundle().getString(key);
    }

    private static boolean has(String s) {
        return s != null && !s.isBlank();
    }

    // ---- the inputs ----

    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getProductSku() { return productSku; }
    public void setProductSku(String productSku) { this.productSku = productSku; }
    public String getCustomerName() { return customerName; }
    public void setCustomerName(String customerName) { this.customerName = customerName; }
    public String getCustomerNameLatin() { return customerNameLatin; }
    public void setCustomerNameLatin(String customerNameLatin) { this.customerNameLatin = customerNameLatin; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getIccid() { return iccid; }
    public void setIccid(String iccid) { this.iccid = iccid; }
    public String getLinePhone() { return linePhone; }
    public void setLinePhone(String linePhone) { this.linePhone = linePhone; }
    public String getPlanExpiresOn() { return planExpiresOn; }
    public void setPlanExpiresOn(String planExpiresOn) { this.planExpiresOn = planExpiresOn; }
    public String getPostalService() { return postalService; }
    public void setPostalService(String postalService) { this.postalService = postalService; }
    public String getPaymentMethod() { return paymentMethod; }
    public void setPaymentMethod(String paymentMethod) { this.paymentMethod = paymentMethod; }
    public String getPaymentReference() { return paymentReference; }
    public void setPaymentReference(String paymentReference) { this.paymentReference = paymentReference; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
