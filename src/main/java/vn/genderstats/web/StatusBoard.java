package vn.genderstats.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.genderstats.aggregate.Aggregates;
import vn.genderstats.approval.ApprovalState;
import vn.genderstats.approval.Approvals;
import vn.genderstats.calendar.ReportingCalendar;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.ingest.UnitFiles;
import vn.genderstats.period.Period;

/**
 * The office's board: the units below a unit (each unit followed by its own units) × periods of the same list,
 * each cell one state, and the completeness of each unit directly below. Read in a few set queries per period
 * whatever the number of units, so that a page of a province loads at once.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication(type = org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type.SERVLET)
public class StatusBoard {

    public static final int PAGE_SIZE = 50;

    /** A cell's state, in the words of the office; {@code key} names the message and the cell's colour. */
    public enum State {
        APPROVED, WAIVED, VALIDATED, RECEIVED, LATE, REFUSED, MISSING, NOT_YET_DUE, NOT_OWED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public record Row(AdminUnit unit, int depth, List<State> states) {
    }

    /** Completeness of one unit directly below: reports received of those owed in its subtree. */
    public record Completeness(AdminUnit unit, int owed, int received, int late) {

        public int percent() {
            return owed == 0 ? 0 : Math.round(100f * received / owed);
        }
    }

    /**
     * One page of the board. {@code chartWorthDrawing}: the units directly below have units of their own (a
     * province's districts); for a district's communes each bar would be 0 or 100 %, which the board already says.
     */
    public record Page(AdminUnit unit, List<Period> periods, List<Row> rows, int page, int pages, int units,
            List<Completeness> completeness, boolean chartWorthDrawing) {

        /** Whether the last roll-up worked out what the units owed (before it, every rate would read 0 %). */
        public boolean completenessWorkedOut() {
            return completeness.stream().anyMatch(c -> c.owed() > 0);
        }
    }

    private final Hierarchy hierarchy;
    private final Approvals approvals;
    private final UnitFiles files;
    private final Aggregates aggregates;
    private final ReportingCalendar calendar;
    private final Clock clock;
    private final Map<String, Map<String, List<AdminUnit>>> childrenByVersion = new java.util.concurrent.ConcurrentHashMap<>();

    StatusBoard(Hierarchy hierarchy, Approvals approvals, UnitFiles files, Aggregates aggregates,
            ReportingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
        this.hierarchy = hierarchy;
        this.approvals = approvals;
        this.files = files;
        this.aggregates = aggregates;
    }

    /** Page {@code page} (from 1) of the units below {@code unit} for {@code period} and up to 3 periods before it. */
    public Page page(AdminUnit unit, Period period, int page) {
        List<Period> periods = new ArrayList<>();
        for (Period p = period; periods.size() < 4 && p.year() >= 2021; p = previous(p)) {
            if (hierarchy.versionFor(p).map(v -> v.id().equals(unit.versionId())).orElse(false)) {
                periods.add(p);
            }
        }
        Map<String, List<AdminUnit>> children = childrenOf(unit.versionId());
        List<Row> order = new ArrayList<>();
        walk(unit, 0, children, order);
        int pages = Math.max(1, (order.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int at = Math.min(Math.max(page, 1), pages);
        List<Row> shown = order.subList((at - 1) * PAGE_SIZE, Math.min(order.size(), at * PAGE_SIZE));
        List<String> codes = shown.stream().map(r -> r.unit().code()).toList();
        Map<String, Integer> refused = files.refusedBySender(codes);
        // A refused file has no period (it could not be read as a form): it is shown on the period the page is about.
        List<Map<String, State>> byPeriod = periods.stream().map(p -> states(unit.versionId(), p, shown,
                p.equals(period) ? refused : Map.of())).toList();
        List<Row> rows = shown.stream().map(r -> new Row(r.unit(), r.depth(),
                byPeriod.stream().map(m -> m.get(r.unit().code())).toList())).toList();
        boolean grandchildren = children.getOrDefault(unit.code(), List.of()).stream()
                .anyMatch(c -> children.containsKey(c.code()));
        return new Page(unit, periods, rows, at, pages, order.size(), completeness(unit, period, children), grandchildren);
    }

    /** Each unit's state for the period; deadlines from the calendar, so a file is late the moment it arrives late. */
    private Map<String, State> states(String versionId, Period period, List<Row> shown, Map<String, Integer> refused) {
        List<String> codes = shown.stream().map(r -> r.unit().code()).toList();
        Map<String, ApprovalState> decided = approvals.decided(versionId, period, codes);
        Map<String, LocalDateTime> receipts = files.currentReceipts(versionId, period.code(), codes);
        LocalDate today = LocalDate.now(clock);
        Map<String, State> states = new HashMap<>();
        for (Row r : shown) {
            String code = r.unit().code();
            states.put(code, state(decided.get(code), receipts.get(code), calendar.deadline(r.unit(), period).orElse(null),
                    today, refused.getOrDefault(code, 0)));
        }
        return states;
    }

    static State state(ApprovalState decided, LocalDateTime receipt, LocalDate deadline, LocalDate today, int refused) {
        if (decided != null && decided.isLocked()) {
            return State.APPROVED;
        }
        if (decided == ApprovalState.WAIVED) {
            return State.WAIVED;
        }
        if (decided == ApprovalState.VALIDATED) {
            return State.VALIDATED;
        }
        if (receipt != null) {
            return deadline != null && receipt.toLocalDate().isAfter(deadline) ? State.LATE : State.RECEIVED;
        }
        if (deadline == null) {
            return State.NOT_OWED;
        }
        if (refused > 0) {
            return State.REFUSED;
        }
        return today.isAfter(deadline) ? State.MISSING : State.NOT_YET_DUE;
    }

    /** One query over the whole subtree, grouped by the unit directly below that each report falls under. */
    private List<Completeness> completeness(AdminUnit unit, Period period, Map<String, List<AdminUnit>> children) {
        Map<String, String> under = new HashMap<>();
        List<AdminUnit> top = children.getOrDefault(unit.code(), List.of());
        for (AdminUnit child : top) {
            List<Row> subtree = new ArrayList<>();
            walk(child, 0, children, subtree);
            under.put(child.code(), child.code());
            subtree.forEach(r -> under.put(r.unit().code(), child.code()));
        }
        Map<String, int[]> counts = new HashMap<>();
        for (Aggregates.ReportOwed o : aggregates.reportsOwedBelow(unit.versionId(), period.code(), unit.code())) {
            String child = under.get(o.unitCode());
            if (child == null) {
                continue; // the unit's own report
            }
            int[] c = counts.computeIfAbsent(child, k -> new int[3]);
            c[0]++;
            c[1] += "missing".equals(o.status()) ? 0 : 1;
            c[2] += "late".equals(o.status()) ? 1 : 0;
        }
        return top.stream().map(child -> {
            int[] c = counts.getOrDefault(child.code(), new int[3]);
            return new Completeness(child, c[0], c[1], c[2]);
        }).toList();
    }

    /** Each unit's units directly below, in code order, per list (the lists do not change while the portal runs). */
    private Map<String, List<AdminUnit>> childrenOf(String versionId) {
        return childrenByVersion.computeIfAbsent(versionId, v -> {
            Map<String, List<AdminUnit>> children = new HashMap<>();
            for (AdminUnit u : hierarchy.units(v)) {
                if (u.parentCode() != null) {
                    children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
                }
            }
            children.values().forEach(list -> list.sort(java.util.Comparator.comparing(AdminUnit::code)));
            return children;
        });
    }

    /** Whether the unit has units below it. */
    public boolean hasUnitsBelow(AdminUnit unit) {
        return childrenOf(unit.versionId()).containsKey(unit.code());
    }

    private static void walk(AdminUnit unit, int depth, Map<String, List<AdminUnit>> children, List<Row> out) {
        for (AdminUnit child : children.getOrDefault(unit.code(), List.of())) {
            out.add(new Row(child, depth, List.of()));
            walk(child, depth + 1, children, out);
        }
    }

    private static Period previous(Period p) {
        return p.kind() == Period.Kind.ANNUAL ? Period.firstHalf(p.year()) : Period.annual(p.year() - 1);
    }
}
