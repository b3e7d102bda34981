package vn.genderstats.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.period.Period;
import vn.genderstats.approval.ApprovalRefused;
import vn.genderstats.submit.ExportFormat;
import vn.genderstats.submit.Exports;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a unit's consolidated figures for the level above: the form (xlsx) with a sheet of the",
            "child units' figures, or SDMX-CSV 2.0. An approved unit becomes 'sent'.",
            "Xuất số liệu tổng hợp của đơn vị gửi cấp trên (biểu mẫu xlsx hoặc SDMX-CSV)."})
class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--jobs", paramLabel = "DIR", defaultValue = "jobs",
            description = "Office configuration: catalogue, hierarchy versions (default: ${DEFAULT-VALUE}).")
    Path jobs;

    @Mixin
    UnitPeriod unitPeriod;

    @Option(names = "--format", defaultValue = "xlsx", paramLabel = "xlsx|sdmx-csv", converter = FormatConverter.class,
            description = "xlsx (default) or sdmx-csv.")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The file to write (default: reports/exports/<period>/<unit>-<period>.xlsx or .csv).")
    Path file;

    @Option(names = "--by", paramLabel = "NAME", defaultValue = "${sys:user.name}",
            description = "Who sends it (recorded when an approved unit is sent; default: the login name).")
    String by;

    @Override
    public Integer call() throws Exception {
        Period period = unitPeriod.period;
        Path reports = Path.of("reports");
        try (ConfigurableApplicationContext context = Boot.start(java.util.Map.of("genderstats.jobs", jobs.toString(),
                "genderstats.reports", reports.toString()))) {
            AdminUnit unit = unitPeriod.unit(context, spec);
            Path out = file != null ? file : Exports.defaultFile(reports, unit, period, format);
            try {
                Exports.Written written = context.getBean(Exports.class).export(unit, period, format, out, by);
                spec.commandLine().getOut().printf("Exported / Đã xuất %s %s %s: %d value(s) / giá trị, %d child unit(s) / "
                        + "đơn vị cấp dưới%n  %s%n", unit.code(), unit.name(), period.code(), written.consolidatedValues(),
                        written.childUnits(), written.file().toAbsolutePath());
                if (written.draft()) {
                    spec.commandLine().getOut().println("  Draft: the period is not approved yet / Bản nháp: kỳ này chưa được phê duyệt");
                }
                return ExitCodes.OK;
            } catch (ApprovalRefused e) {
                spec.commandLine().getErr().println(e.bilingual());
                return ExitCodes.REFUSED;
            }
        }
    }

    static class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "xlsx" -> ExportFormat.XLSX;
                case "sdmx-csv", "sdmx", "csv" -> ExportFormat.SDMX_CSV;
                default -> throw new IllegalArgumentException("--format must be xlsx or sdmx-csv, not " + value);
            };
        }
    }
}
