package vn.genderstats.cli;

import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.genderstats.hierarchy.HierarchyFiles;
import vn.genderstats.period.Period;
import vn.genderstats.report.ReportJobConfiguration;
import vn.genderstats.report.ReportWarmUp;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write PDF reports from the aggregated figures: every unit with figures, one unit, or a tier.",
            "Lập báo cáo PDF từ số liệu tổng hợp: mọi đơn vị có số liệu, một đơn vị hoặc một cấp."})
class ReportCommand implements Callable<Integer> {

    enum Language { vi, en }

    enum Tier { province, district, commune }

    @Spec
    CommandSpec spec;

    @Mixin
    Folders folders;

    @Option(names = "--period", paramLabel = "P",
            description = "Only this period, e.g. 2024 or 2024S1 (default: all; required with --unit or --tier).")
    Period period;

    @Option(names = "--unit", paramLabel = "CODE",
            description = "Only this unit (GSO code in the list serving the period); a unit with no data gets a "
                    + "report that says so. With --tier: the units of that tier under it.")
    String unit;

    @Option(names = "--tier", paramLabel = "T",
            description = "Every unit of this tier with figures (province, district, commune).")
    Tier tier;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
            description = "Language of the reports (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Option(names = "--internal",
            description = "Internal version: small cells of sensitive data are shown, and every page says so.")
    boolean internal;

    @Option(names = "--official",
            description = {"Also the official report (Decree 30/2020/NĐ-CP) of each unit: <code>-<name>.official.docx "
                    + "to edit and sign, and .official.pdf with the statistical report as its annex; Vietnamese, "
                    + "published version only. Issuer, signer and recipients: jobs/office.yaml.",
                "Kèm báo cáo hành chính theo Nghị định 30/2020/NĐ-CP (Word và PDF, có phụ lục thống kê)."})
    boolean official;

    @Override
    public Integer call() throws Exception {
        if (official && (internal || lang != Language.vi)) {
            throw new ParameterException(spec.commandLine(), "--official is Vietnamese and published only: not with "
                    + "--internal or --lang en / báo cáo hành chính chỉ lập bằng tiếng Việt, bản công bố");
        }
        JobParametersBuilder params = new JobParametersBuilder()
                .addString("reports", folders.out.toString())
                .addString("lang", lang.name())
                .addString("internal", Boolean.toString(internal));
        if (official) {
            params.addString("official", "province,district,commune");
        }
        if (period != null) {
            params.addString("period", period.code());
        }
        if (unit != null || tier != null) {
            if (period == null) {
                throw new ParameterException(spec.commandLine(), "--unit and --tier need --period / cần --period");
            }
            if (unit != null) {
                checkUnitExists(period);
                params.addString("unit", unit);
            }
            if (tier != null) {
                params.addString("tier", tier.name());
            }
        }
        ReportWarmUp.start();
        try (ConfigurableApplicationContext context = Boot.start(folders.properties())) {
            JobExecution execution = JobRunner.run(context, ReportJobConfiguration.JOB, params);
            if (JobRunner.failed(execution)) {
                return Printed.failure(execution, spec.commandLine().getErr());
            }
            Printed.reports(execution, folders.out, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }

    /** A wrong code is a usage error, found before the database is touched. */
    private void checkUnitExists(Period p) {
        var hierarchy = HierarchyFiles.load(folders.jobs.resolve("hierarchy"));
        var version = hierarchy.versionFor(p);
        if (version.isEmpty() || hierarchy.unit(version.get().id(), unit).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--unit: no unit " + unit + " in the list of units serving "
                    + p + " / không có đơn vị mã " + unit + " trong danh mục dùng cho kỳ " + p);
        }
    }
}
