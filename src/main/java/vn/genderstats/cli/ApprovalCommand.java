package vn.genderstats.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.period.Period;
import vn.genderstats.approval.ApprovalRefused;
import vn.genderstats.approval.Approvals;

@Command(name = "approval", mixinStandardHelpOptions = true,
        description = {"Where a unit's period stands (received, validated, approved, waived, sent) and the office's",
            "decisions on it. Approving locks the period: later resubmissions are kept but do not count until a reopen.",
            "Phê duyệt, khóa và mở lại kỳ báo cáo của đơn vị."},
        subcommands = {ApprovalCommand.Status.class, ApprovalCommand.Validate.class, ApprovalCommand.Approve.class,
            ApprovalCommand.Waive.class, ApprovalCommand.Reopen.class})
class ApprovalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--jobs", paramLabel = "DIR", defaultValue = "jobs", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Office configuration: catalogue, hierarchy versions (default: ${DEFAULT-VALUE}).")
    java.nio.file.Path jobs;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One decision on one unit's period: start the context, act, print the new status. */
    abstract static class Decision implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ParentCommand
        ApprovalCommand parent;

        @Mixin
        UnitPeriod unitPeriod;

        abstract void decide(Approvals approvals, AdminUnit unit, Period period);

        @Override
        public Integer call() {
            Period period = unitPeriod.period;
            try (ConfigurableApplicationContext context = Boot.start(java.util.Map.of(
                    "genderstats.jobs", parent.jobs.toString(), "genderstats.reports", "reports"))) {
                AdminUnit unit = unitPeriod.unit(context, spec);
                Approvals approvals = context.getBean(Approvals.class);
                try {
                    decide(approvals, unit, period);
                } catch (ApprovalRefused e) {
                    spec.commandLine().getErr().println(e.bilingual());
                    return ExitCodes.REFUSED;
                }
                print(approvals.status(unit, period), period, context.getBean(Clock.class).getZone(),
                        spec.commandLine().getOut());
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"Show the unit's and its children's state. / Xem tình trạng của đơn vị và các đơn vị cấp dưới."})
    static class Status extends Decision {
        @Override
        void decide(Approvals approvals, AdminUnit unit, Period period) {
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Record that the figures were checked. / Ghi nhận số liệu đã được kiểm tra."})
    static class Validate extends Decision {
        @Mixin
        Signed signed;

        @Override
        void decide(Approvals approvals, AdminUnit unit, Period period) {
            approvals.validate(unit, period, signed.by);
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = {"Approve and lock the period; every child unit must be approved or waived first.",
                "Phê duyệt và khóa kỳ; mọi đơn vị cấp dưới phải được phê duyệt hoặc miễn trước."})
    static class Approve extends Decision {
        @Mixin
        Signed signed;

        @Override
        void decide(Approvals approvals, AdminUnit unit, Period period) {
            approvals.approve(unit, period, signed.by);
        }
    }

    @Command(name = "waive", mixinStandardHelpOptions = true,
            description = {"Let the parent be approved without this unit. / Miễn cho đơn vị này để cấp trên phê duyệt."})
    static class Waive extends Decision {
        @Mixin
        Signed signed;

        @Mixin
        Reasoned reasoned;

        @Override
        void decide(Approvals approvals, AdminUnit unit, Period period) {
            approvals.waive(unit, period, signed.by, reasoned.reason);
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true,
            description = {"Unlock an approved period; resubmissions held back count again (recorded with who and why).",
                "Mở lại kỳ đã khóa; bản nộp lại được tính (ghi người mở và lý do)."})
    static class Reopen extends Decision {
        @Mixin
        Signed signed;

        @Mixin
        Reasoned reasoned;

        @Override
        void decide(Approvals approvals, AdminUnit unit, Period period) {
            approvals.reopen(unit, period, signed.by, reasoned.reason);
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    static void print(java.util.List<Approvals.Status> rows, Period period, ZoneId zone, PrintWriter out) {
        out.println("Approval / Phê duyệt, " + period.label("vi") + " / " + period.label("en") + ":");
        for (Approvals.Status s : rows) {
            out.printf("  %-6s %-32s %-10s %-14s%s%s%n", s.unit().code(), s.unit().name(), s.state().label(), s.state().vi(),
                    s.changedBy() == null ? "" : "  " + s.changedBy() + " " + WHEN.withZone(zone).format(s.changedAt()),
                    s.heldSubmissions() == 0 ? "" : "  " + s.heldSubmissions()
                            + " resubmission(s) held until reopened / bản nộp lại chờ mở khóa");
        }
    }
}
