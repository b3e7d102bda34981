package vn.genderstats.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.genderstats.generate.Flaw;
import vn.genderstats.generate.FormGenerator;
import vn.genderstats.period.Period;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write filled forms with plausible figures for every reporting unit, for tests, benchmarks and demos.",
            "Tạo biểu mẫu có số liệu giả lập cho mọi đơn vị báo cáo (để kiểm thử, đo hiệu năng, trình diễn)."})
class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--units", paramLabel = "VERSION",
            description = "Hierarchy version whose units report, e.g. 2021-02-01 (default: the version in force for each period).")
    String version;

    @Option(names = "--periods", paramLabel = "P", required = true, converter = PeriodList.class,
            description = "Periods: 2024, 2024S1, or a range 2021..2026 (the 6-month and annual report of each year).")
    List<Period> periods;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the inbox into.")
    Path out;

    @Option(names = {"--within", "--province"}, paramLabel = "CODE", split = ",",
            description = "Only these units and the units below them, e.g. a province (04) or a district (047).")
    List<String> within = List.of();

    @Option(names = "--unit", paramLabel = "CODE", split = ",",
            description = "Also these units on their own (e.g. a province without its communes, or a department 04-SNV).")
    List<String> units = List.of();

    @Option(names = "--flaw", paramLabel = "UNIT/PERIOD=FLAW", split = ",", completionCandidates = FlawNames.class,
            description = "Plant this mistake in this unit's form for this period, e.g. 01480/2024=MISSING_UNIT_CODE. "
                    + "Mistakes: ${COMPLETION-CANDIDATES}.")
    Map<String, Flaw> plantedFlaws = Map.of();

    /** Picocli lists an enum's values by itself only for an enum-typed option, not for a map's values. */
    static final class FlawNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Flaw.values()).map(Flaw::name).iterator();
        }
    }

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Same seed, same files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--flawed", paramLabel = "SHARE", defaultValue = "0",
            description = "Share of files with a planted mistake, 0 to 1 (default: ${DEFAULT-VALUE}); listed in .manifest.csv (hidden, so ingest passes it by).")
    double flawed;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Parallel writers (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--jobs", paramLabel = "DIR", defaultValue = "jobs",
            description = "Office configuration: catalogue, hierarchy versions, calendar (default: ${DEFAULT-VALUE}).")
    Path jobs;

    @Override
    public Integer call() throws Exception {
        if (flawed < 0 || flawed > 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--flawed is a share from 0 to 1");
        }
        OfficeFiles office = OfficeFiles.load(jobs);
        FormGenerator generator = new FormGenerator(office.catalog(), office.hierarchy(), office.calendar());
        FormGenerator.Request request = new FormGenerator.Request(version, periods, out, seed, within, units, plantedFlaws,
                flawed, threads);
        long start = System.nanoTime();
        FormGenerator.Result result;
        try (ConsoleProgress progress = new ConsoleProgress("generate")) {
            result = generator.generate(request, progress);
        }
        double seconds = Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
        spec.commandLine().getOut().printf("Generated %d file(s) (%d with a planted mistake), %d values in %.1f s under %s%n",
                result.files(), result.flawed(), result.values(), seconds, out.toAbsolutePath());
        return ExitCodes.OK;
    }
}
