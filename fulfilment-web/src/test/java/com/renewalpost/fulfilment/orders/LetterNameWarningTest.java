package com.renewalpost.fulfilment.orders;

import com.renewalpost.labels.address.AddressFormats;
import com.renewalpost.labels.font.FontPaths;
import com.renewalpost.labels.font.ScriptFonts;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.Character.UnicodeScript;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Order entry warns at once when the letter cannot print the customer's name as written, and takes the order all the same. */
class LetterNameWarningTest {

    private static final ScriptFonts DEBIAN = ScriptFonts.of(FontPaths.defaults());
    private static final String NANDINAGARI = new String(Character.toChars(0x119A0)) + new String(Character.toChars(0x119C1));

    private static OrderRequest order(String name, String latinName, String language) {
        return new OrderRequest(name, latinName, "a@example.com", null, language,
                new OrderRequest.Address(null, List.of("1 George St"), null, "Sydney", "NSW", "2000", "AU"),
                "ESIM-30", "8901260000000000006", null, null, null, "POST", null,
                new OrderRequest.PaymentDetails("CHEQUE", "123", new BigDecimal("25.00"), "USD", null), null);
    }

    @Test
    void namesInScriptsWithAFontNeedNoWarning() {
        for (String name : List.of("محمد عبد الله", "प्रियंका द्विवेदी", "ශ්‍රියානි පෙරේරා", "高橋 直子", "Nguyễn Thị Ánh Tuyết")) {
            assertThat(OrderValidation.letterNameWarning(order(name, "Latin Name", "en"), DEBIAN)).as(name).isEmpty();
        }
    }

    @Test
    void aScriptWithoutFontIsNamedAndTheLatinNameIsWhatTheLetterPrints() {
        var warning = OrderValidation.letterNameWarning(order(NANDINAGARI, "Ananda Rao", "kn"), DEBIAN);
        assertThat(warning).contains(new OrderValidation.LetterNameWarning(List.of(UnicodeScript.NANDINAGARI),
                Optional.of("Ananda Rao")));
    }

    @Test
    void withoutTheNotoFontsDevanagariIsWarnedAbout(@TempDir Path noScriptFonts) {
        var fonts = ScriptFonts.of(FontPaths.defaults().withScripts(noScriptFonts));
        assertThat(OrderValidation.letterNameWarning(order("प्रियंका", "Priyanka", "hi"), fonts))
                .contains(new OrderValidation.LetterNameWarning(List.of(UnicodeScript.DEVANAGARI), Optional.of("Priyanka")));
    }

    @Test
    void emojiAreLeftOutOfALatinName() {
        assertThat(OrderValidation.letterNameWarning(order("Anna \uD83C\uDF38 Lee", null, "en"), DEBIAN))
                .contains(new OrderValidation.LetterNameWarning(List.of(UnicodeScript.COMMON), Optional.of("Anna Lee")));
    }

    @Test
    void theWarningIsNotAProblemTheOrderIsTaken() {
        var request = order(NANDINAGARI, "Ananda Rao", "kn");
        assertThat(OrderValidation.letterNameWarning(request, DEBIAN)).isPresent();
        // the field constraints are Bean Validation's (checked in the server); the rules that know things are all here
        Validator noConstraints = (Validator) Proxy.newProxyInstance(Validator.class.getClassLoader(),
                new Class<?>[] {Validator.class}, (proxy, method, args) -> Set.of());
        assertThat(new OrderValidation(noConstraints, AddressFormats.standard()).problems(request)).isEmpty();
    }
}
