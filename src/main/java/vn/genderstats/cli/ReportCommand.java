package vn.genderstats.cli;

import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.genderstats.report.ReportJobConfiguration;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a PDF report for every unit with aggregated figures.",
            "Lập báo cáo PDF cho từng đơn vị có số liệu tổng hợp."})
class ReportCommand implements Callable<Integer> {

    enum Language { vi, en }

    @Spec
    CommandSpec spec;

    @Mixin
    Folders folders;

    @Option(names = "--period", paramLabel = "P", description = "Only this period, e.g. 2024 or 2024S1 (default: all).")
    String period;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
            description = "Language of the reports (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Override
    public Integer call() throws Exception {
        JobParametersBuilder params = new JobParametersBuilder()
                .addString("reports", folders.out.toString())
                .addString("lang", lang.name());
        if (period != null) {
            params.addString("period", Periods.canonical(period, spec));
        }
        try (ConfigurableApplicationContext context = Boot.start(folders.properties())) {
            JobExecution execution = JobRunner.run(context, ReportJobConfiguration.JOB, params);
            if (JobRunner.failed(execution)) {
                return Printed.failure(execution, spec.commandLine().getErr());
            }
            Printed.reports(execution, folders.out, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }
}
