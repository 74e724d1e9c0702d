package com.renewalpost.fulfilment.staff;

import com.renewalpost.fulfilment.platform.Roles;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A person who works in the back office, with their roles and the state of their logins. */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    static final Set<String> STAFF_ROLES = Set.of(Roles.WAREHOUSE, Roles.SUPPORT, Roles.ADMIN);

    @Id
    @SequenceGenerator(name = "staff_account_seq", sequenceName = "staff_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_account_seq")
    private Long id;

    private String username;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "password_hash")
    private String passwordHash;
    private String roles;
    private boolean enabled;
    @Column(name = "must_change_password")
    private boolean mustChangePassword;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "next_login_at")
    private OffsetDateTime nextLoginAt;
    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;
    @Column(name = "sessions_valid_from")
    private OffsetDateTime sessionsValidFrom;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "ui_language")
    private String uiLanguage;
    @Version
    private long version;

    protected StaffAccount() {
    }

    StaffAccount(String username, String displayName, String passwordHash, Set<String> roles, OffsetDateTime now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        setRoles(roles);
        this.enabled = true;
        this.mustChangePassword = true;
        this.sessionsValidFrom = now;
        this.createdAt = now;
    }

    void setRoles(Set<String> roles) {
        if (roles.isEmpty() || !STAFF_ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("Roles must be some of " + new TreeSet<>(STAFF_ROLES));
        }
        this.roles = String.join(",", new TreeSet<>(roles));
    }

    void changePassword(String newHash, boolean chosenByTheUser, OffsetDateTime now) {
        this.passwordHash = newHash;
        this.mustChangePassword = !chosenByTheUser;
        this.sessionsValidFrom = now;
    }

    /** A stronger hash of the same password (parameters raised): sessions stay valid. */
    void rehash(String newHash) {
        this.passwordHash = newHash;
    }

    void disable(OffsetDateTime now) {
        this.enabled = false;
        this.sessionsValidFrom = now;
    }

    void enable() {
        this.enabled = true;
    }

    void loginFailed(int failedLogins, OffsetDateTime nextLoginAt, OffsetDateTime lockedUntil) {
        this.failedLogins = failedLogins;
        this.nextLoginAt = nextLoginAt;
        this.lockedUntil = lockedUntil;
    }

    void loginSucceeded() {
        unlock();
    }

    void unlock() {
        this.failedLogins = 0;
        this.nextLoginAt = null;
        this.lockedUntil = null;
    }

    void chooseUiLanguage(String languageTag) {
        this.uiLanguage = languageTag;
    }

    public Long id() { return id; }
    public java.util.Optional<String> uiLanguage() { return java.util.Optional.ofNullable(uiLanguage); }
    public String username() { return username; }
    public String displayName() { return displayName; }
    String passwordHash() { return passwordHash; }
    public Set<String> roles() {
        return Arrays.stream(roles.split(",")).collect(Collectors.toUnmodifiableSet());
    }
    public boolean enabled() { return enabled; }
    public boolean mustChangePassword() { return mustChangePassword; }
    public int failedLogins() { return failedLogins; }
    public OffsetDateTime nextLoginAt() { return nextLoginAt; }
    public OffsetDateTime lockedUntil() { return lockedUntil; }
    public OffsetDateTime sessionsValidFrom() { return sessionsValidFrom; }
    public OffsetDateTime createdAt() { return createdAt; }
}
