package vn.genderstats.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.genderstats.account.Access;
import vn.genderstats.account.Account;
import vn.genderstats.account.Accounts;
import vn.genderstats.account.Action;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.period.Period;

/**
 * The signed-in user and the checks every page makes before it shows or does anything for a unit: a unit the
 * user may not see is answered 403 (forbidden), whether or not it exists.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignedIn {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    /** The first period of the Strategy's reporting. */
    private static final int FIRST_YEAR = 2021;

    private final Accounts accounts;
    private final Access access;
    private final Hierarchy hierarchy;
    private final Clock clock;

    SignedIn(Accounts accounts, Access access, Hierarchy hierarchy, Clock clock) {
        this.accounts = accounts;
        this.access = access;
        this.hierarchy = hierarchy;
        this.clock = clock;
    }

    Account account(Principal principal) {
        return accounts.find(principal.getName()).filter(Account::enabled)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    /** The unit with this code in the list serving the period, if the user may do the action for it. */
    AdminUnit unit(Account account, String code, Period period, Action action) {
        AdminUnit unit = hierarchy.unit(period, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        require(account, action, unit);
        return unit;
    }

    void require(Account account, Action action, AdminUnit unit) {
        if (!access.may(account, action, unit)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    boolean may(Account account, Action action, AdminUnit unit) {
        return access.may(account, action, unit);
    }

    /** The periods the user's unit is on a list for, newest first, from 2021 to the one under way. */
    List<Period> periods(Account account) {
        LocalDate today = LocalDate.now(clock);
        List<Period> periods = new ArrayList<>();
        for (int year = today.getYear(); year >= FIRST_YEAR; year--) {
            for (Period p : List.of(Period.annual(year), Period.firstHalf(year))) {
                if (!p.start().isAfter(today) && hierarchy.unit(p, account.unitCode()).isPresent()) {
                    periods.add(p);
                }
            }
        }
        return periods;
    }

    /** The period a page opens on: the latest one whose reports were due, else the latest one. */
    Period defaultPeriod(Account account) {
        List<Period> periods = periods(account);
        LocalDate today = LocalDate.now(clock);
        return periods.stream().filter(p -> p.end().isBefore(today)).findFirst()
                .orElse(periods.isEmpty() ? Period.annual(today.getYear()) : periods.getFirst());
    }

    Instant now() {
        return clock.instant();
    }

    /** Now on the office's wall clock, as times are stored. */
    java.time.LocalDateTime officeNow() {
        return java.time.LocalDateTime.now(clock);
    }

    /** A time as stored: the office's wall-clock time. */
    static String when(java.time.LocalDateTime at) {
        return at == null ? "" : WHEN.format(at);
    }
}
