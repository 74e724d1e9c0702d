package com.renewalpost.fulfilment.staff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LoginRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/staff/index.xhtml", "/staff/support/attention.xhtml", "/staff/warehouse/print-runs.xhtml",
            "/password.html"})
    void ownPagesAreWhereALoginMayLead(String next) {
        assertThat(StaffAuthentication.safeNext(next, false)).isEqualTo(next);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/\t/evil.example", "/%09/evil.example", "//evil.example", "/\\evil.example",
            "https://evil.example", "/staff/../../evil.example", "/staff//evil.example/x.xhtml", "/staff/index.xhtml\r\n",
            "/staff/index.xhtml?x=//evil", "/staff/x.xhtml#//evil", "/", "/api/queue", "", " /staff/index.xhtml",
            "/staff/%2e%2e/x.xhtml", "/staff/\u0000.xhtml", "javascript:alert(1)"})
    void anythingElseLeadsToTheDashboard(String next) {
        assertThat(StaffAuthentication.safeNext(next, false)).isEqualTo(StaffAuthentication.STAFF_HOME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/staff/index.xhtml", "https://evil.example"})
    void aPasswordToChangeComesFirst(String next) {
        assertThat(StaffAuthentication.safeNext(next, true)).isEqualTo("/password.html");
    }
}
