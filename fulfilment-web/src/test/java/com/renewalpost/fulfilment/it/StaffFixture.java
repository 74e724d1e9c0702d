package com.renewalpost.fulfilment.it;

import com.renewalpost.fulfilment.staff.StaffAccounts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/** Fresh, ready-to-use staff accounts for in-container tests (initial password already changed). */
public final class StaffFixture {

    public record Credentials(String username, String password) {
        public String basic() {
            return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private StaffFixture() {
    }

    public static Credentials newAccount(StaffAccounts accounts, Set<String> roles) {
        var username = "t" + UUID.randomUUID().toString().substring(0, 12).replace("-", "");
        var initial = "first-" + UUID.randomUUID();
        var password = "ready-" + UUID.randomUUID();
        var account = accounts.create(username, "Test " + username, roles, initial, "test");
        accounts.changeOwnPassword(account.id(), initial, password);
        return new Credentials(username, password);
    }
}
