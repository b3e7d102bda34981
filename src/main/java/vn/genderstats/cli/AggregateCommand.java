package vn.genderstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
import vn.genderstats.aggregate.AggregateJobConfiguration;
import vn.genderstats.hierarchy.HierarchyFiles;
import vn.genderstats.hierarchy.MissingSplitWeights;
import vn.genderstats.hierarchy.MissingSplitWeights.Split;
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

    @Option(names = "--missing-split-weights", description = {"Add nothing up: list the split communes (partial in the 2025",
        "succession) lacking weights in jobs/hierarchy/split-weights.csv, whose restated totals cannot be built.",
        "Liệt kê các xã bị chia tách chưa có trọng số, không tính được số liệu quy đổi."})
    boolean missingSplitWeights;

    @Option(names = "--weights-template", paramLabel = "FILE", description = {"With --missing-split-weights: also write",
        "them as lines of split-weights.csv with the weight blank, to fill in.",
        "Ghi thêm tệp CSV cùng định dạng split-weights.csv để điền trọng số."})
    Path weightsTemplate;

    @Override
    public Integer call() throws Exception {
        if (missingSplitWeights) {
            return listMissingSplitWeights();
        }
        if (weightsTemplate != null) {
            throw new ParameterException(spec.commandLine(), "--weights-template goes with --missing-split-weights");
        }
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

    /** Reads jobs/hierarchy only: no database. */
    private int listMissingSplitWeights() throws IOException {
        List<Split> splits = MissingSplitWeights.of(HierarchyFiles.load(folders.jobs.resolve("hierarchy")));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d xã bị chia tách chưa có trọng số trong jobs/hierarchy/split-weights.csv; "
                + "%d split commune(s) lack weights there:%n", splits.size(), splits.size());
        for (Split split : splits) {
            out.println(split.describeOld() + " → " + split.describeParts());
        }
        if (weightsTemplate != null) {
            MissingSplitWeights.writeTemplate(splits, weightsTemplate);
            out.println("Đã ghi / written: " + weightsTemplate);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
