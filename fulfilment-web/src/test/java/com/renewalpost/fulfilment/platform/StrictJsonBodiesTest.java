package com.renewalpost.fulfilment.platform;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonBodiesTest {

    enum Kind { VOUCHER, ESIM_PROFILE }

    record Line(String name, Integer planDays, Boolean active, BigDecimal amount, LocalDate on, Kind kind,
                Set<String> roles, long id, List<Part> parts) {
    }

    record Part(Integer weight) {
    }

    private static List<ProblemDetail.FieldText> errors(String json) {
        try {
            StrictJsonBodies.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Line.class);
            return List.of();
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(400);
            return e.problem().errors();
        }
    }

    private static List<String> fields(String json) {
        return errors(json).stream().map(ProblemDetail.FieldText::field).toList();
    }

    @Test
    void exactValuesPass() {
        assertThat(errors("{\"name\":\"x\",\"planDays\":30,\"active\":true,\"amount\":29.99,\"on\":\"2026-03-05\","
                + "\"kind\":\"VOUCHER\",\"roles\":[\"ADMIN\"],\"id\":5,\"parts\":[{\"weight\":20}],\"extra\":1}"))
                .isEmpty();
        assertThat(errors("{\"planDays\":2.0,\"amount\":30,\"active\":null}")).isEmpty();
    }

    @Test
    void booleansAreOnlyTrueOrFalse() {
        assertThat(fields("{\"active\":\"enable\"}")).containsExactly("active");
        assertThat(fields("{\"active\":1}")).containsExactly("active");
        assertThat(fields("{\"active\":\"true\"}")).containsExactly("active");
    }

    @Test
    void wholeNumbersHaveNoFractionAndFitTheirType() {
        assertThat(fields("{\"planDays\":2.5}")).containsExactly("planDays");
        assertThat(fields("{\"planDays\":1e30}")).containsExactly("planDays");
        assertThat(fields("{\"planDays\":1e308}")).containsExactly("planDays");
        assertThat(fields("{\"planDays\":2147483648}")).containsExactly("planDays");
        assertThat(fields("{\"planDays\":\"30\"}")).containsExactly("planDays");
        assertThat(fields("{\"id\":1e999999999}")).containsExactly("id");
        assertThat(fields("{\"id\":null}")).containsExactly("id");
        assertThat(fields("{\"parts\":[{\"weight\":true}]}")).containsExactly("parts[0].weight");
    }

    @Test
    void moneyHasAtMostTwoDecimalsAndFitsTheColumn() {
        assertThat(fields("{\"amount\":29.999}")).containsExactly("amount");
        assertThat(fields("{\"amount\":1e10}")).containsExactly("amount");
        assertThat(fields("{\"amount\":\"29.99\"}")).containsExactly("amount");
        assertThat(fields("{\"amount\":9999999999.99}")).isEmpty();
    }

    @Test
    void textDatesEnumerationsAndListsAreChecked() {
        assertThat(fields("{\"name\":5,\"on\":\"tomorrow\",\"kind\":\"voucher\",\"roles\":[null],\"parts\":{}}"))
                .containsExactlyInAnyOrder("name", "on", "kind", "roles[0]", "parts");
    }

    @Test
    void aMissingNullOrMalformedBodyIsABadRequest() {
        for (var body : List.of("", "null", "{\"name\":", "\"scopes\"", "[]")) {
            assertThatThrownBy(() -> StrictJsonBodies.read(
                    new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), Line.class))
                    .as(body).isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.problem().status()).isEqualTo(400));
        }
    }
}
