package com.renewalpost.fulfilment.staff;

import com.renewalpost.fulfilment.platform.Clocks;
import com.renewalpost.fulfilment.platform.DomainException;
import com.renewalpost.fulfilment.platform.Roles;
import com.renewalpost.fulfilment.platform.Message;
import com.renewalpost.fulfilment.platform.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/** Staff accounts: creation, login checks, password changes, disabling. Every change is audited. */
@ApplicationScoped
@Transactional
public class StaffAccounts {

    private static final Logger LOG = Logger.getLogger(StaffAccounts.class.getName());

    /** How a login attempt ended. */
    public sealed interface LoginOutcome {
        record Success(StaffAccount account) implements LoginOutcome { }
        record Refused(Message reason) implements LoginOutcome { }
        record TooSoon(long waitSeconds) implements LoginOutcome { }
    }

    /** A check of the current password came too soon after failed ones: try again in so many seconds. */
    public static final class TooSoonException extends RuntimeException {
        private final long waitSeconds;

        TooSoonException(long waitSeconds) {
            super("Too many failed attempts: wait " + waitSeconds + " s before the next one");
            this.waitSeconds = waitSeconds;
        }

        /** Why, for the person changing their password. */
        public Message text() {
            return Message.of("staff.tooSoon", waitSeconds);
        }

        public long waitSeconds() {
            return waitSeconds;
        }
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    PasswordHashing hashing;
    @Inject
    LoginGuard guard;
    @Inject
    LoginAddresses loginAddresses;
    @Inject
    RefusedLogins refusals;
    @Inject
    AuditLog audit;
    @Inject
    RequestOrigin origin;
    @Inject
    Clock clock;

    /** Whether any account exists (the first start made one). */
    @Transactional
    public boolean anyAccount() {
        return em.createQuery("SELECT COUNT(a) FROM StaffAccount a", Long.class).getSingleResult() > 0;
    }

    public Optional<StaffAccount> byUsername(String username) {
        return em.createQuery("SELECT a FROM StaffAccount a WHERE a.username = :u", StaffAccount.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    public Optional<StaffAccount> byId(long id) {
        return Optional.ofNullable(em.find(StaffAccount.class, id));
    }

    @Transactional
    public List<StaffAccount> all(PageRequest page) {
        return page.of(em.createQuery("SELECT a FROM StaffAccount a ORDER BY a.username", StaffAccount.class));
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM StaffAccount a", Long.class).getSingleResult();
    }

    /**
     * Checks a login. Wrong or unknown accounts get the same answer, the same slow-down and the
     * same time (the password is hashed either way), so the answers do not tell whether an
     * account exists. An attempt that comes too soon ({@link LoginGuard}) is refused before the
     * password is looked at, and tallied rather than audited one by one ({@link RefusedLogins}).
     */
    @Transactional
    public LoginOutcome login(String username, String password, String address) {
        var name = username == null ? "" : username.strip();
        var found = name.isEmpty() ? Optional.<StaffAccount>empty() : byUsername(name);
        var lastFromHere = found.flatMap(account -> loginAddresses.lastLogin(account.id(), address));
        boolean ownAddress = lastFromHere.isPresent();
        var wait = guard.waitBefore(name, address, ownAddress);
        if (!wait.isZero()) {
            refusals.refused(address, name);
            return new LoginOutcome.TooSoon(secondsRoundedUp(wait));
        }
        boolean matches = hashing.matches(password == null ? "" : password,
                found.map(StaffAccount::passwordHash).orElse(DUMMY_HASH));
        if (found.isEmpty() || !matches || !found.get().enabled()) {
            guard.failed(name, address, ownAddress);
            found.ifPresent(account -> countFailure(account.id()));
            audit.record(name.isEmpty() ? "?" : name, AuditAction.LOGIN_FAILED, name.isEmpty() ? null : name,
                    Message.of(found.isPresent() && matches ? "audit.loginFailed.disabled"
                            : ownAddress ? "audit.loginFailed.ownAddress" : "audit.loginFailed.wrong"));
            return new LoginOutcome.Refused(Message.of("login.wrong"));
        }
        var account = found.get();
        guard.succeeded(name, ownAddress);
        if (account.failedLogins() > 0) {
            em.createQuery("UPDATE StaffAccount a SET a.failedLogins = 0, a.nextLoginAt = NULL,"
                    + " a.lockedUntil = NULL WHERE a.id = :id").setParameter("id", account.id()).executeUpdate();
        }
        if (hashing.needsUpgrade(account.passwordHash())) {
            account.rehash(hashing.hash(password));
        }
        if (LoginAddresses.worthNoting(lastFromHere, now())) {
            try {
                loginAddresses.remember(account.id(), address, now());
            } catch (RuntimeException concurrentFirstLogin) {
                // another login from this new address noted it at the same moment
                LOG.fine(() -> "Login address not noted: " + concurrentFirstLogin);
            }
        }
        audit.record(account.username(), AuditAction.LOGIN, account.username());
        return new LoginOutcome.Success(account);
    }

    /** The failures since the last login, shown to admins. A bulk update: parallel failures must not conflict. */
    private void countFailure(long accountId) {
        em.createQuery("UPDATE StaffAccount a SET a.failedLogins = a.failedLogins + 1 WHERE a.id = :id")
                .setParameter("id", accountId).executeUpdate();
    }

    /** A wait in whole seconds, never shorter than the wait: a client honouring it must get through. */
    static long secondsRoundedUp(java.time.Duration wait) {
        return Math.max(1, (wait.toNanos() + 999_999_999L) / 1_000_000_000L);
    }

    /** Whether a session opened at {@code loggedInAt} still speaks for this account. */
    public Optional<StaffAccount> stillValid(StaffSession session) {
        return byId(session.accountId()).filter(StaffAccount::enabled)
                .filter(a -> !session.loggedInAt().isBefore(a.sessionsValidFrom()));
    }

    @Transactional
    public StaffAccount create(String username, String displayName, Set<String> roles, String password,
                               String actor) {
        if (username == null || !username.matches("[a-z0-9._-]{2,60}")) {
            throw invalid(Message.of("staff.username"));
        }
        if (byUsername(username).isPresent()) {
            throw DomainException.conflict("username-taken", Message.of("staff.taken", username));
        }
        PasswordPolicy.problem(password, username).ifPresent(p -> {
            throw invalid(p);
        });
        StaffAccount account;
        try {
            account = new StaffAccount(username, displayName == null || displayName.isBlank() ? username
                    : displayName.strip(), hashing.hash(password), roles, now());
        } catch (IllegalArgumentException badRoles) {
            throw invalid(Message.of("staff.roles", new TreeSet<>(StaffAccount.STAFF_ROLES).toString()));
        }
        em.persist(account);
        audit.record(actor, AuditAction.STAFF_CREATED, username, Message.of("audit.roles", account.roles().toString()));
        return account;
    }

    /**
     * A wrong current password counts as a failed login of the account, with the same slow-down:
     * an open session must not be a way to guess the password without limit.
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public void changeOwnPassword(long accountId, String currentPassword, String newPassword) {
        var account = byId(accountId).orElseThrow();
        var address = origin.clientAddress();
        boolean ownAddress = loginAddresses.known(accountId, address);
        var wait = guard.waitBefore(account.username(), address, ownAddress);
        if (!wait.isZero()) {
            refusals.refused(address, account.username());
            throw new TooSoonException(secondsRoundedUp(wait));
        }
        if (!hashing.matches(currentPassword == null ? "" : currentPassword, account.passwordHash())) {
            guard.failed(account.username(), address, ownAddress);
            countFailure(accountId);
            audit.record(account.username(), AuditAction.LOGIN_FAILED, account.username(),
                    Message.of("audit.wrongCurrentPassword"));
            throw invalid(Message.of("staff.currentPassword"));
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw invalid(Message.of("staff.samePassword"));
        }
        PasswordPolicy.problem(newPassword, account.username()).ifPresent(p -> {
            throw invalid(p);
        });
        account.changePassword(hashing.hash(newPassword), true, now());
        audit.record(account.username(), AuditAction.PASSWORD_CHANGED, account.username(), Message.of("audit.byTheUser"));
    }

    @Transactional
    public StaffAccount change(String username, Set<String> roles, Boolean enabled, String actor) {
        var account = byUsername(username).orElseThrow(() -> DomainException.notFound("unknown-account", Message.of("staff.unknown", username)));
        if (roles != null) {
            try {
                account.setRoles(roles);
            } catch (IllegalArgumentException badRoles) {
                throw invalid(Message.of("staff.roles", new TreeSet<>(StaffAccount.STAFF_ROLES).toString()));
            }
            audit.record(actor, AuditAction.STAFF_CHANGED, username, Message.of("audit.roles", account.roles().toString()));
        }
        if (Boolean.FALSE.equals(enabled) && account.enabled()) {
            account.disable(now());
            audit.record(actor, AuditAction.STAFF_DISABLED, username, Message.of("audit.sessionsEnded"));
        } else if (Boolean.TRUE.equals(enabled) && !account.enabled()) {
            account.enable();
            audit.record(actor, AuditAction.STAFF_CHANGED, username, Message.of("audit.enabled"));
        }
        return account;
    }

    /** The language of the staff pages this person chose; remembered for their next login. */
    @Transactional
    public void chooseUiLanguage(String username, String languageTag) {
        byUsername(username).ifPresent(account -> account.chooseUiLanguage(languageTag));
    }

    @Transactional
    public void unlock(String username, String actor) {
        var account = byUsername(username).orElseThrow(() -> DomainException.notFound("unknown-account", Message.of("staff.unknown", username)));
        account.unlock();
        guard.release(username);
        audit.record(actor, AuditAction.STAFF_UNLOCKED, username);
    }

    /**
     * The first start has no accounts: create {@code admin} with the given password, or a random
     * one printed once to the console. Either way it must be changed at first login.
     */
    @Transactional
    public void createFirstAdmin(Optional<String> configuredPassword) {
        if (em.createQuery("SELECT COUNT(a) FROM StaffAccount a", Long.class).getSingleResult() > 0) {
            return;
        }
        var password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(StaffAccounts::randomPassword);
        PasswordPolicy.problem(password, "admin").ifPresent(p -> {
            throw new IllegalStateException("FULFILMENT_ADMIN_PASSWORD is not acceptable: " + p);
        });
        em.persist(new StaffAccount("admin", "Administrator", hashing.hash(password),
                Set.of(Roles.ADMIN), now()));
        audit.record("system", AuditAction.STAFF_CREATED, "admin", Message.of("audit.firstStart"));
        // Another instance starting on the same new database may be creating it too: the unique
        // username refuses one of the two here, before a password that never counts is printed.
        em.flush();
        if (configuredPassword.filter(p -> !p.isBlank()).isEmpty()) {
            // Deliberately on the console and only once: the one way to learn the first password.
            System.out.println("\n=== Renewal Post: first start. Log in as 'admin' with the password "
                    + password + " and choose a new one. ===\n");
        } else {
            LOG.info("First start: created account 'admin' with the password from FULFILMENT_ADMIN_PASSWORD");
        }
    }

    static String randomPassword() {
        var alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var random = new SecureRandom();
        var s = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static DomainException invalid(Message detail) {
        return DomainException.invalid("invalid-account", detail);
    }

    private OffsetDateTime now() {
        return Clocks.now(clock);
    }

    /** Compared against when the account does not exist, so that both answers take as long. */
    private static final String DUMMY_HASH =
            "PBKDF2WithHmacSHA256:600000:c2FsdHNhbHRzYWx0c2FsdHNhbHRzYWx0c2FsdHNhbHQ=:"
                    + "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=";
}
