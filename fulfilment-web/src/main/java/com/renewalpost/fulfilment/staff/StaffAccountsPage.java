package com.renewalpost.fulfilment.staff;

import com.renewalpost.fulfilment.admin.AdminOnly;
import com.renewalpost.fulfilment.admin.AdminPages;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.PageMessages;
import com.renewalpost.fulfilment.platform.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Admin page: staff accounts. Create one with an initial password (the person chooses their own at
 * first login), change roles, disable (ends their sessions) or enable, unlock after failed logins;
 * all through {@link StaffAccounts}, audited as over the API.
 */
@Named
@ViewScoped
@AdminOnly
public class StaffAccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One account as listed; {@code locked} while failed logins keep it shut. */
    public record Row(String username, String displayName, List<String> roles, boolean enabled,
                      boolean mustChangePassword, int failedLogins, OffsetDateTime lockedUntil, boolean locked)
            implements Serializable {
    }

    @Inject
    StaffAccounts accounts;
    @Inject
    Clock clock;

    private List<Row> rows;

    private String username;
    private String displayName;
    private List<String> roles = new ArrayList<>();
    private String initialPassword;

    /** The account whose roles are being changed, and the roles chosen for it. */
    private String changing;
    private List<String> changedRoles = new ArrayList<>();

    @PostConstruct
    void load() {
        var now = OffsetDateTime.now(clock);
        rows = accounts.all(PageRequest.first(PageRequest.MAX_SIZE)).stream().map(a -> new Row(a.username(), a.displayName(),
                List.copyOf(new TreeSet<>(a.roles())), a.enabled(), a.mustChangePassword(), a.failedLogins(),
                a.lockedUntil(), a.lockedUntil() != null && a.lockedUntil().isAfter(now))).toList();
    }

    public void create() {
        try {
            var account = accounts.create(username, displayName, Set.copyOf(roles), initialPassword,
                    AdminPages.actor());
            PageMessages.done(AdminPages.text("users.created", account.username()));
            username = null;
            displayName = null;
            roles = new ArrayList<>();
            initialPassword = null;
            load();
        } catch (DomainException e) {
            initialPassword = null; // never sent back to the browser
            AdminPages.refused(e, "create");
        }
    }

    public void startRoles(String account) {
        changing = account;
        changedRoles = rows.stream().filter(r -> r.username().equals(account)).findFirst()
                .map(r -> new ArrayList<>(r.roles())).orElseGet(ArrayList::new);
    }

    public void saveRoles() {
        try {
            accounts.change(changing, Set.copyOf(changedRoles), null, AdminPages.actor());
            PageMessages.done(AdminPages.text("users.rolesChanged", changing, String.join(", ", new TreeSet<>(changedRoles))));
            changing = null;
            load();
        } catch (DomainException e) {
            AdminPages.refused(e, "roles");
        }
    }

    public void cancelRoles() {
        changing = null;
    }

    public void disable(String account) {
        change(account, false, "users.disabled");
    }

    public void enable(String account) {
        change(account, true, "users.enabled");
    }

    public void unlock(String account) {
        try {
            accounts.unlock(account, AdminPages.actor());
            PageMessages.done(AdminPages.text("users.unlocked", account));
            load();
        } catch (DomainException e) {
            PageMessages.problem(e);
        }
    }

    private void change(String account, boolean enabled, String done) {
        try {
            accounts.change(account, null, enabled, AdminPages.actor());
            PageMessages.done(AdminPages.text(done, account));
            load();
        } catch (DomainException e) {
            PageMessages.problem(e);
        }
    }

    public List<Row> getRows() { return rows; }
    public List<String> getAllRoles() { return List.copyOf(new TreeSet<>(StaffAccount.STAFF_ROLES)); }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles; }
    public String getInitialPassword() { return initialPassword; }
    public void setInitialPassword(String initialPassword) { this.initialPassword = initialPassword; }
    public String getChanging() { return changing; }
    public List<String> getChangedRoles() { return changedRoles; }
    public void setChangedRoles(List<String> changedRoles) { this.changedRoles = changedRoles; }
}
