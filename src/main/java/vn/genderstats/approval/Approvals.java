package vn.genderstats.approval;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.genderstats.aggregate.RollUp;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.ingest.StoredSubmissions;
import vn.genderstats.period.Period;

/**
 * The office's approval of a unit's period: validate, approve (children first, or waived), waive, reopen,
 * and sent when the approved figures are exported. Approving locks the period: submissions stored later are
 * kept but held back (view current_submission) until a reopen, which is recorded with who and why. Every
 * change is an event in approval_event; the unit's (version, period) is rolled up again at once.
 */
@Component
public class Approvals {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Hierarchy hierarchy;
    private final RollUp rollUp;
    private final StoredSubmissions submissions;
    private final Clock clock;

    Approvals(JdbcTemplate jdbc, TransactionTemplate tx, Hierarchy hierarchy, RollUp rollUp,
            StoredSubmissions submissions, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.hierarchy = hierarchy;
        this.rollUp = rollUp;
        this.submissions = submissions;
        this.clock = clock;
    }

    /** The last decision taken (0: none): changes with every validate, approve, waive, send or reopen. */
    public long lastDecision() {
        Long last = jdbc.queryForObject("select coalesce(max(event_id), 0) from approval_event", Long.class);
        return last == null ? 0 : last;
    }

    /** One line of the status table. */
    public record Status(AdminUnit unit, ApprovalState state, String changedBy, Instant changedAt, int heldSubmissions) {
    }

    public ApprovalState state(AdminUnit unit, Period period) {
        List<String> stored = jdbc.queryForList("select state from approval where version_id = ? and unit_code = ? and period = ?",
                String.class, unit.versionId(), unit.code(), period.code());
        if (!stored.isEmpty()) {
            return ApprovalState.of(stored.getFirst());
        }
        return hasData(unit, period) ? ApprovalState.RECEIVED : ApprovalState.NONE;
    }

    /** The unit and its children, each with its state and the resubmissions waiting behind a lock. */
    public List<Status> status(AdminUnit unit, Period period) {
        List<AdminUnit> units = new java.util.ArrayList<>();
        units.add(unit);
        hierarchy.children(unit).stream().sorted(java.util.Comparator.comparing(AdminUnit::code)).forEach(units::add);
        return units.stream().map(u -> {
            var row = jdbc.queryForList("select changed_by, changed_at from approval where version_id = ? and unit_code = ? and period = ?",
                    u.versionId(), u.code(), period.code());
            Integer held = jdbc.queryForObject("select count(distinct submission_id) from held_submission where version_id = ? and unit_code = ? and period = ?",
                    Integer.class, u.versionId(), u.code(), period.code());
            return new Status(u, state(u, period), row.isEmpty() ? null : (String) row.getFirst().get("changed_by"),
                    row.isEmpty() ? null : ((Timestamp) row.getFirst().get("changed_at")).toInstant(), held == null ? 0 : held);
        }).toList();
    }

    public void validate(AdminUnit unit, Period period, String by) {
        ApprovalState now = state(unit, period);
        if (now == ApprovalState.NONE) {
            throw nothingReceived(unit, period);
        }
        if (now.isLocked()) {
            throw alreadyLocked(unit, period, now);
        }
        change(unit, period, ApprovalState.VALIDATED, "validate", by, null, false);
    }

    public void approve(AdminUnit unit, Period period, String by) {
        approve(unit, period, by, null);
    }

    /** Approves with the reason recorded beside the decision (null: none given). */
    public void approve(AdminUnit unit, Period period, String by, String reason) {
        ApprovalState now = state(unit, period);
        if (now.isLocked()) {
            throw alreadyLocked(unit, period, now);
        }
        if (now == ApprovalState.NONE) {
            throw nothingReceived(unit, period);
        }
        List<String> waiting = hierarchy.children(unit).stream()
                .filter(c -> !state(c, period).clearsParent())
                .map(c -> c.code() + " " + c.name() + " (" + state(c, period).label() + ")")
                .sorted().toList();
        if (!waiting.isEmpty()) {
            throw new ApprovalRefused("Chưa thể phê duyệt " + unit.code() + " " + unit.name() + " kỳ " + period.label("vi")
                    + ": các đơn vị cấp dưới sau chưa được phê duyệt hoặc miễn: " + String.join(", ", waiting),
                    "Cannot approve " + unit.code() + " " + unit.name() + " for " + period.label("en")
                            + ": these child units are neither approved nor waived: " + String.join(", ", waiting));
        }
        change(unit, period, ApprovalState.APPROVED, "approve", by, reason, true);
    }

    /** What one approval of every eligible unit below did: the units approved and those left, each with why. */
    public record BulkApproval(List<AdminUnit> approved, List<String> leftVi, List<String> leftEn) {
    }

    /**
     * Approves every unit below {@code unit} that has figures, is not locked and whose own units below are all
     * approved or waived, deepest first (so a district follows its communes in the same action); each decision is
     * recorded with who and why. The unit itself is not approved here.
     */
    public BulkApproval approveBelow(AdminUnit unit, Period period, String by, String reason) {
        String why = required(reason);
        List<AdminUnit> below = hierarchy.subtree(unit).stream().filter(u -> !u.equals(unit))
                .sorted(java.util.Comparator.comparingInt((AdminUnit u) -> hierarchy.ancestors(u).size()).reversed()
                        .thenComparing(AdminUnit::code))
                .toList();
        List<AdminUnit> approved = new java.util.ArrayList<>();
        List<String> leftVi = new java.util.ArrayList<>();
        List<String> leftEn = new java.util.ArrayList<>();
        for (AdminUnit u : below) {
            ApprovalState now = state(u, period);
            if (now.isLocked() || now == ApprovalState.WAIVED) {
                continue;
            }
            try {
                approve(u, period, by, why);
                approved.add(u);
            } catch (ApprovalRefused e) {
                leftVi.add(e.messageVi());
                leftEn.add(e.messageEn());
            }
        }
        return new BulkApproval(approved, leftVi, leftEn);
    }

    /** The states stored for the units and period (units without a decision are left out). */
    public java.util.Map<String, ApprovalState> decided(String versionId, Period period, java.util.Collection<String> unitCodes) {
        java.util.Map<String, ApprovalState> states = new java.util.HashMap<>();
        vn.genderstats.system.CodeBatches.query(unitCodes, codes -> jdbc.query("select unit_code, state from approval "
                + "where version_id = ? and period = ? and unit_code in " + vn.genderstats.system.CodeBatches.placeholders(codes.size()),
                (rs, n) -> states.put(rs.getString(1), ApprovalState.of(rs.getString(2))),
                vn.genderstats.system.CodeBatches.args(List.of(versionId, period.code()), codes)));
        return states;
    }

    public void waive(AdminUnit unit, Period period, String by, String reason) {
        ApprovalState now = state(unit, period);
        if (now.isLocked()) {
            throw alreadyLocked(unit, period, now);
        }
        change(unit, period, ApprovalState.WAIVED, "waive", by, required(reason), false);
    }

    public void reopen(AdminUnit unit, Period period, String by, String reason) {
        ApprovalState now = state(unit, period);
        if (!now.isLocked()) {
            throw new ApprovalRefused("Kỳ " + period.label("vi") + " của " + unit.code() + " chưa bị khóa (" + now.vi() + ").",
                    unit.code() + " is not locked for " + period.label("en") + " (" + now.label() + ").");
        }
        for (AdminUnit parent : hierarchy.ancestors(unit)) {
            if (state(parent, period).isLocked()) {
                throw new ApprovalRefused("Đơn vị cấp trên " + parent.code() + " " + parent.name()
                        + " đã phê duyệt kỳ này; hãy mở lại đơn vị đó trước.",
                        "The unit above, " + parent.code() + " " + parent.name()
                                + ", has approved this period; reopen it first.");
            }
        }
        change(unit, period, ApprovalState.RECEIVED, "reopen", by, required(reason), false);
    }

    /** After an approved unit's figures were exported upward. */
    public void sent(AdminUnit unit, Period period, String by, String file) {
        if (state(unit, period) == ApprovalState.APPROVED) {
            change(unit, period, ApprovalState.SENT, "send", by, file, true);
        }
    }

    private void change(AdminUnit unit, Period period, ApprovalState to, String action, String by, String reason,
            boolean lock) {
        Timestamp now = Timestamp.from(clock.instant());
        tx.executeWithoutResult(status -> {
            Long heldAfter = null;
            if (lock) {
                // An already locked row keeps its mark; a new lock holds back whatever is stored from now on.
                List<Long> existing = jdbc.queryForList("select held_after_submission from approval where version_id = ? "
                        + "and unit_code = ? and period = ? and held_after_submission is not null", Long.class,
                        unit.versionId(), unit.code(), period.code());
                heldAfter = existing.isEmpty() ? submissions.lastId() : existing.getFirst();
            }
            jdbc.update("delete from approval where version_id = ? and unit_code = ? and period = ?",
                    unit.versionId(), unit.code(), period.code());
            jdbc.update("""
                    insert into approval (version_id, unit_code, period, state, held_after_submission, changed_at, changed_by)
                    values (?, ?, ?, ?, ?, ?, ?)""", unit.versionId(), unit.code(), period.code(), to.label(), heldAfter,
                    now, by);
            jdbc.update("""
                    insert into approval_event (version_id, unit_code, period, action, done_by, reason, done_at)
                    values (?, ?, ?, ?, ?, ?, ?)""", unit.versionId(), unit.code(), period.code(), action, by, reason, now);
        });
        if ("reopen".equals(action)) {
            // Resubmissions held back by the lock count again from now on.
            rollUp.run(Optional.of(period.code()), true);
        }
    }

    private boolean hasData(AdminUnit unit, Period period) {
        return submissions.anyCurrent(unit.versionId(), period.code(),
                hierarchy.subtree(unit).stream().map(AdminUnit::code).toList());
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ApprovalRefused("Cần ghi lý do (--reason).", "A reason is required (--reason).");
        }
        return reason.strip();
    }

    private static ApprovalRefused nothingReceived(AdminUnit unit, Period period) {
        return new ApprovalRefused("Chưa nhận được số liệu nào của " + unit.code() + " " + unit.name() + " kỳ "
                + period.label("vi") + ".", "Nothing has been received from " + unit.code() + " " + unit.name()
                + " for " + period.label("en") + ".");
    }

    private static ApprovalRefused alreadyLocked(AdminUnit unit, Period period, ApprovalState state) {
        return new ApprovalRefused(unit.code() + " kỳ " + period.label("vi") + " " + state.vi()
                + " và đang bị khóa; hãy mở lại (reopen) trước.",
                unit.code() + " for " + period.label("en") + " is " + state.label() + " and locked; reopen it first.");
    }
}
