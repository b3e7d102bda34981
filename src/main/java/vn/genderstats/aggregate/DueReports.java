package vn.genderstats.aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import vn.genderstats.calendar.ReportingCalendar;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.period.Period;
import vn.genderstats.system.CodeBatches;
import vn.genderstats.system.Sha256;

/**
 * Fills report_due: every unit of the period's list that the calendar gives a deadline owes a report; it came in
 * on time (first submission on or before the deadline), late, or not at all: missing once the deadline has passed,
 * pending before.
 */
@Component
class DueReports {

    private final JdbcTemplate jdbc;
    private final Hierarchy hierarchy;
    private final ReportingCalendar calendar;
    private final Clock clock;
    private final Map<String, String> owing = new ConcurrentHashMap<>();

    DueReports(JdbcTemplate jdbc, Hierarchy hierarchy, ReportingCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Rewrites what the units owe for the period: all of them, or only {@code units} (those that just sent). */
    int refresh(String version, Period period, Optional<Set<String>> units) {
        Map<String, LocalDateTime> received = new HashMap<>();
        String firstReceived = "select unit_code, min(received_at) from submission where version_id = ? and period = ? ";
        RowCallbackHandler keep = rs -> received.put(rs.getString(1), rs.getObject(2, LocalDateTime.class));
        if (units.isEmpty()) {
            jdbc.query(firstReceived + "group by unit_code", keep, version, period.code());
            jdbc.update("delete from report_due where version_id = ? and period = ?", version, period.code());
        } else {
            // Only the units that sent: a province sent again read the period's 12,000 national submissions (29 ms).
            CodeBatches.forEach(units.get(), part -> jdbc.query(firstReceived + "and unit_code in "
                    + CodeBatches.placeholders(part.size()) + " group by unit_code", keep,
                    CodeBatches.args(List.of(version, period.code()), part)));
            jdbc.batchUpdate("delete from report_due where version_id = ? and period = ? and unit_code = ?",
                    units.get().stream().map(u -> new Object[] {version, period.code(), u}).toList());
        }
        LocalDate today = LocalDate.now(clock);
        List<Object[]> rows = new ArrayList<>();
        for (AdminUnit unit : hierarchy.units(version)) {
            if (units.isPresent() && !units.get().contains(unit.code())) {
                continue;
            }
            Optional<LocalDate> due = calendar.deadline(unit, period);
            if (due.isEmpty()) {
                continue;
            }
            LocalDateTime at = received.get(unit.code());
            String status = at != null ? (at.toLocalDate().isAfter(due.get()) ? "late" : "on_time")
                    : (today.isAfter(due.get()) ? "missing" : "pending");
            rows.add(new Object[] {version, unit.code(), period.code(), due.get(),
                at, status});
        }
        jdbc.batchUpdate("insert into report_due (version_id, unit_code, period, due_date, received_at, status) "
                + "values (?, ?, ?, ?, ?, ?)", rows);
        return rows.size();
    }

    /**
     * Which units owe a report for the period, as a digest: two periods of a list with the same digest owe reports
     * from the same units, so their reports owed below every unit are the same counts (the sample office's five
     * periods of the 2021 list all owe 11,381). Worked out once per list and period: the calendar and the lists do
     * not change while a command runs.
     */
    String owingUnits(String version, Period period) {
        return owing.computeIfAbsent(version + " " + period.code(), k -> {
            StringBuilder codes = new StringBuilder();
            for (AdminUnit unit : hierarchy.units(version)) {
                if (calendar.deadline(unit, period).isPresent()) {
                    codes.append(unit.code()).append('\n');
                }
            }
            return Sha256.of(codes.toString());
        });
    }

    /** Reports still awaited whose deadline has passed since the last run become missing. */
    int markOverdue() {
        return jdbc.update("update report_due set status = 'missing' where status = 'pending' and due_date < ?",
                LocalDate.now(clock));
    }
}
