package com.renewalpost.fulfilment.admin;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.security.Principal;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminOnlyInterceptorTest {

    /** A caller holding these roles. */
    private static SecurityContext caller(String... roles) {
        return new SecurityContext() {
            public Principal getCallerPrincipal() { return () -> "someone"; }
            public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) { return Set.of(); }
            public boolean isCallerInRole(String role) { return Set.of(roles).contains(role); }
            public boolean hasAccessToWebResource(String resource, String... methods) { return false; }
            public AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                                     AuthenticationParameters parameters) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void onlyAnAdminGetsThrough() throws NoSuchMethodException {
        var action = Object.class.getMethod("toString");
        assertThatCode(() -> AdminOnlyInterceptor.require(caller("ADMIN"), action)).doesNotThrowAnyException();
        assertThatCode(() -> AdminOnlyInterceptor.require(caller("SUPPORT", "ADMIN"), action)).doesNotThrowAnyException();
        for (var notAdmin : new SecurityContext[]{caller(), caller("WAREHOUSE"), caller("SUPPORT", "WAREHOUSE")}) {
            assertThatThrownBy(() -> AdminOnlyInterceptor.require(notAdmin, action))
                    .isInstanceOf(AdminOnlyInterceptor.NotAnAdmin.class)
                    .hasMessage("Only an admin may Object.toString");
        }
    }
}
