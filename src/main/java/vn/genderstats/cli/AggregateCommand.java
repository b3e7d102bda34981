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
import vn.genderstats.aggregate.AggregateJobConfiguration;
import vn.genderstats.period.Period;

@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = {"Add the stored figures up the hierarchy and recompute every indicator at every level, for every",
            "unit and group of units; restate older periods on today's units; work out which reports are missing.",
            "Only what changed since the last run is recomputed unless --full.",
            "Tổng hợp số liệu lên các cấp và tính lại các chỉ số."})
class AggregateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Folders folders;

    @Option(names = "--period", paramLabel = "P", description = "Only this period, e.g. 2024 or 2024S1 (default: all).")
    Period period;

    @Option(names = "--full", description = {"Recompute everything, not only the units and periods with new submissions.",
        "Tính lại toàn bộ."})
    boolean full;

    @Override
    public Integer call() throws Exception {
        JobParametersBuilder params = new JobParametersBuilder();
        if (full) {
            params.addString("full", "true");
        }
        if (period != null) {
            params.addString("period", period.code());
        }
        try (ConfigurableApplicationContext context = Boot.start(folders.properties())) {
            JobExecution execution = JobRunner.run(context, AggregateJobConfiguration.JOB, params);
            if (JobRunner.failed(execution)) {
                return Printed.failure(execution, spec.commandLine().getErr());
            }
            Printed.aggregate(execution, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }
}
