package com.renewalpost.fulfilment.staff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"short", "elevenchars", "password1234", "Password1234", "qwertyuiop123",
            "123456789012", "aaaaaaaaaaaaaaaa", "ababababababab", "iloveyou2026"})
    void refusesShortAndCommonPasswords(String password) {
        assertThat(PasswordPolicy.problem(password, "mei")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tea kettle on the moon", "Vr9#kq2!Lm0zT", "大熊猫喜欢吃竹子和新鲜苹果"})
    void acceptsLongUncommonOnes(String password) {
        assertThat(PasswordPolicy.problem(password, "mei")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx-warehouse1-xx", "WAREHOUSE1 is me!"})
    void refusesThePasswordThatContainsTheUsername(String password) {
        assertThat(PasswordPolicy.problem(password, "warehouse1")).get().asString().contains("username");
    }
}
