package vn.genderstats.account;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.ingest.SenderRules;

/**
 * Who may do what for which unit. Everyone stays inside the subtree of its own unit (the unit and every unit
 * below it, in the unit's list version); a reporter may also see and send for the units jobs/senders.yaml lets
 * its unit send for, as its inbox folder may. Within that: reporters send forms, reviewers mark figures
 * checked, approvers approve, waive and reopen, admins do all of it and start runs.
 */
@Component
public class Access {

    private final Hierarchy hierarchy;
    private final SenderRules senders;

    public Access(Hierarchy hierarchy, SenderRules senders) {
        this.hierarchy = hierarchy;
        this.senders = senders;
    }

    public boolean may(Account account, Action action, AdminUnit unit) {
        if (!account.enabled()) {
            return false;
        }
        boolean below = inSubtree(account, unit);
        boolean sendsFor = account.has(Role.REPORTER) && senders.allows(account.unitCode(), unit);
        return switch (action) {
            case VIEW, DOWNLOAD_FORM -> below || sendsFor;
            case UPLOAD -> sendsFor;
            case VALIDATE -> below && (account.has(Role.REVIEWER) || account.has(Role.APPROVER) || account.has(Role.ADMIN));
            case APPROVE -> below && (account.has(Role.APPROVER) || account.has(Role.ADMIN));
            case RUN -> below && account.has(Role.ADMIN);
        };
    }

    /** The user's own unit in the list the given unit belongs to (a code's meaning is per list). */
    public Optional<AdminUnit> home(Account account, String versionId) {
        return hierarchy.unit(versionId, account.unitCode());
    }

    private boolean inSubtree(Account account, AdminUnit unit) {
        Optional<AdminUnit> home = home(account, unit.versionId());
        return home.isPresent() && (home.get().equals(unit) || hierarchy.ancestors(unit).contains(home.get()));
    }
}
