package org.caretrail.web.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.caretrail.web.security.SignInThrottledException;

/**
 * Counts consecutive failed sign-ins per user name and per client address, and refuses an
 * attempt that comes before the growing delay has passed, or for a user name locked after
 * {@code lockAfter} failures. A success clears its user name's count; an address's count is
 * forgotten only {@code forgetAfter} after its last failure, so one valid account does not reset
 * the guesses of an address trying many names. Counts live in this instance's memory.
 */
public final class SignInThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final SignInProperties settings;
    private final Clock clock;
    private final Map<String, Failures> users = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    public SignInThrottle(SignInProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The refusal of an attempt by this user from this address now, if it must be refused. */
    public Optional<SignInThrottledException> refusal(String user, String address) {
        Instant now = clock.instant();
        Failures byUser = users.get(user);
        if (byUser != null && byUser.count() >= settings.lockAfter()) {
            return Optional.of(new SignInThrottledException("User '" + user + "' is locked after "
                    + byUser.count() + " failed sign-ins; an administrator can unlock it.", null));
        }
        Instant until = later(allowedAt(byUser), allowedAt(address == null ? null : addresses.get(address)));
        if (until != null && now.isBefore(until)) {
            return Optional.of(new SignInThrottledException("Too many failed sign-ins; wait before trying again.",
                    Duration.between(now, until)));
        }
        return Optional.empty();
    }

    /** Counts a failure; true when it locked the user name. */
    public boolean failed(String user, String address) {
        Instant now = clock.instant();
        purgeIfLarge();
        Failures byUser = users.compute(user, (name, before) -> Failures.after(before, now));
        if (address != null) {
            addresses.compute(address, (key, before) -> Failures.after(
                    before != null && before.last().plus(settings.forgetAfter()).isBefore(now) ? null : before, now));
        }
        return byUser.count() == settings.lockAfter();
    }

    public void succeeded(String user) {
        users.remove(user);
    }

    /** Clears a user name's failures; false when it had none. */
    public boolean unlock(String user) {
        return users.remove(user) != null;
    }

    /** The user names locked now, with their failure counts. */
    public List<Map.Entry<String, Integer>> locked() {
        return users.entrySet().stream().filter(entry -> entry.getValue().count() >= settings.lockAfter())
                .map(entry -> Map.entry(entry.getKey(), entry.getValue().count())).sorted(Map.Entry.comparingByKey())
                .toList();
    }

    private Instant allowedAt(Failures failures) {
        if (failures == null || failures.count() <= settings.freeFailures()) {
            return null;
        }
        int doublings = Math.min(failures.count() - settings.freeFailures() - 1, 30);
        Duration delay = settings.baseDelay().multipliedBy(1L << doublings);
        return failures.last().plus(delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private void purgeIfLarge() {
        if (users.size() + addresses.size() > MAX_TRACKED) {
            // bound the memory an attacker can fill with made-up names; locks are kept
            Instant stale = clock.instant().minus(settings.forgetAfter());
            users.entrySet().removeIf(e -> e.getValue().count() < settings.lockAfter() && e.getValue().last().isBefore(stale));
            addresses.entrySet().removeIf(e -> e.getValue().last().isBefore(stale));
        }
    }

    /** Consecutive failures and the time of the last. */
    private record Failures(int count, Instant last) {

        static Failures after(Failures before, Instant now) {
            return new Failures(before == null ? 1 : before.count() + 1, now);
        }
    }
}
