package vn.genderstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.genderstats.aggregate.AggregateJobConfiguration;
import vn.genderstats.aggregate.Aggregates;
import vn.genderstats.bench.BenchDatabase;
import vn.genderstats.bench.BenchResults;
import vn.genderstats.bench.FloorLoad;
import vn.genderstats.bench.HeapWatch;
import vn.genderstats.bench.JvmServiceCpu;
import vn.genderstats.bench.NaiveBaseline;
import vn.genderstats.bench.ProcessCpu;
import vn.genderstats.bench.Timed;
import vn.genderstats.generate.FormGenerator;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.ingest.IngestJobConfiguration;
import vn.genderstats.ingest.StoredSubmissions;
import vn.genderstats.period.Period;
import vn.genderstats.report.ReportJobConfiguration;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure ingest, roll-up and reports on generated forms for every unit of a hierarchy version,",
            "against the floor (unzip + StAX parse + PostgreSQL COPY) and a naive loader (POI XSSFWorkbook + upserts).",
            "Then one province's forms are sent again with other figures and the roll-up is timed again (incremental).",
            "Needs PostgreSQL; uses (and recreates) its own database. Run with -Xmx512m to hold the heap target.",
            "Đo hiệu năng nhận, tổng hợp và lập báo cáo trên dữ liệu giả lập toàn quốc."})
class BenchCommand implements Callable<Integer> {

    /** Provincial reports timed after a first, untimed one. */
    private static final int PROVINCE_REPORTS = 5;

    /** Whose forms are sent again after the national roll-up: Cao Bằng, 178 units. */
    private static final String RESENT_PROVINCE = "04";

    /** Files the floor and the ingest each get as an untimed warm-up. */
    private static final int WARM_UP_FILES = 200;

    @Spec
    CommandSpec spec;

    @Mixin
    Folders folders;

    @Option(names = "--units", paramLabel = "VERSION", defaultValue = "2021-02-01",
            description = "Hierarchy version whose units report (default: ${DEFAULT-VALUE}, the 10,603 communes of 2021).")
    String version;

    @Option(names = "--period", paramLabel = "P", defaultValue = "2024",
            description = "The one period reported (default: ${DEFAULT-VALUE}).")
    Period period;

    @Option(names = "--province", paramLabel = "CODE", description = "Only this province's units (a quick run).")
    String province;

    @Option(names = "--files", paramLabel = "DIR",
            description = "Where the generated forms are kept between runs (default: <out>/bench/inbox-<version>-<period>).")
    Path files;

    @Option(names = "--database-url", paramLabel = "JDBC", defaultValue = "jdbc:postgresql://127.0.0.1:5432/genderstats_bench",
            description = "PostgreSQL database for the benchmark, named genderstats_bench…; dropped and created anew (default: ${DEFAULT-VALUE}).")
    String databaseUrl;

    @Option(names = "--database-user", paramLabel = "USER", defaultValue = "postgres",
            description = "PostgreSQL user (default: ${DEFAULT-VALUE}).")
    String databaseUser;

    @Option(names = "--portal",
            description = "Time the portal instead: the sample inbox taken in, then every page of the status board of "
                    + "--province (default 04, Cao Bằng) for --period fetched over HTTP by a signed-in office account.")
    boolean portal;

    @Option(names = "--inbox", paramLabel = "DIR", defaultValue = "sample-input",
            description = "With --portal: the inbox taken in first (default: ${DEFAULT-VALUE}).")
    Path portalInbox;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Worker threads for every contestant (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Period p = period;
        if (portal) {
            recreateDatabase();
            Map<String, Object> properties = folders.properties();
            properties.put("spring.datasource.url", databaseUrl);
            properties.put("spring.datasource.username", databaseUser);
            properties.put("spring.datasource.password", "");
            properties.put("genderstats.reports", folders.out.resolve("bench").resolve("portal").toString());
            PortalBench.run(properties, portalInbox, province == null ? "04" : province, p, out);
            return ExitCodes.OK;
        }
        Path inbox = files != null ? files : folders.out.resolve("bench")
                .resolve("inbox-" + version + "-" + p.code() + (province == null ? "" : "-" + province));
        ensureForms(inbox, p, 1, province, out);
        // The province's forms sent again with other figures, for the incremental roll-up after the first.
        String resentProvince = province == null ? RESENT_PROVINCE : province;
        Path resent = folders.out.resolve("bench").resolve("resent-" + version + "-" + p.code() + "-" + resentProvince);
        ensureForms(resent, p, 2, resentProvince, out);
        List<Path> workbooks = workbooks(inbox);
        warmPageCache(workbooks);
        recreateDatabase();
        out.printf("Bench: %,d workbooks of %s, period %s, %d threads, max heap %d MB%n", workbooks.size(), version,
                p.code(), threads, HeapWatch.maxHeapBytes() >> 20);

        Map<String, Object> properties = folders.properties();
        properties.put("spring.datasource.url", databaseUrl);
        properties.put("spring.datasource.username", databaseUser);
        properties.put("spring.datasource.password", "");
        properties.put("genderstats.inbox", inbox.toString());
        properties.put("genderstats.threads", threads);
        Path benchReports = folders.out.resolve("bench").resolve("run");
        properties.put("genderstats.reports", benchReports.toString());
        BenchResults results = new BenchResults(version, p.code(), workbooks.size(), threads, HeapWatch.maxHeapBytes());
        warmUpIngest(properties, inbox, workbooks, out);
        HeapWatch heap = new HeapWatch();
        try (ConfigurableApplicationContext context = Boot.start(properties)) {
            DataSource postgres = context.getBean(DataSource.class);
            FloorLoad floor = new FloorLoad(postgres, threads);
            floor.parse(workbooks.subList(0, Math.min(WARM_UP_FILES, workbooks.size())));   // JIT warm-up, not timed

            results.add(measure(heap, "floor: unzip + StAX parse", workbooks.size(), () -> floor.parse(workbooks)));
            results.add(measure(heap, "floor: unzip + StAX parse + COPY", workbooks.size(),
                    () -> floor.parseAndCopy(workbooks)));
            StoredSubmissions stored = context.getBean(StoredSubmissions.class);
            results.add(measure(heap, "genderstats ingest (read, check, store with provenance)", workbooks.size(),
                    () -> ingest(context, inbox, benchReports), stored::observations));
            NaiveBaseline naive = new NaiveBaseline(postgres, threads);
            results.add(measure(heap, "naive: POI XSSFWorkbook + JDBC upsert", workbooks.size(), () -> naive.load(workbooks)));
            Aggregates aggregates = context.getBean(Aggregates.class);
            results.add(measure(heap, BenchResults.ROLL_UP, 0, () -> rollUp(context, p),
                    () -> aggregates.sumCount(p.code())));
            ingest(context, resent, benchReports);   // not timed
            results.add(measure(heap, BenchResults.ROLL_UP_AGAIN + " (" + resentProvince + ", incremental)", 0,
                    () -> rollUp(context, p), () -> aggregates.sumCount(p.code())));
            List<String> provinces = context.getBean(Hierarchy.class).units(version).stream()
                    .filter(u -> u.tier().equals("province") && u.isTerritory()).map(AdminUnit::code).sorted().toList();
            List<String> sampled = provinces.subList(0, Math.min(PROVINCE_REPORTS + 1, provinces.size()));
            writeProvinceReport(context, p, sampled.get(0), benchReports);   // fonts and classes loaded, not timed
            Timed reports = measure(heap, "provincial PDF reports (" + (sampled.size() - 1) + ", from the aggregates)",
                    0, () -> {
                        for (String province : sampled.subList(1, sampled.size())) {
                            writeProvinceReport(context, p, province, benchReports);
                        }
                        return sampled.size() - 1;
                    });
            results.add(reports);
            results.perReport(reports.seconds() / Math.max(1, sampled.size() - 1));
        }
        results.print(out);
        Path json = results.write(folders.out.resolve("bench"));
        out.printf("Written: %s%n", json.toAbsolutePath());
        return ExitCodes.OK;
    }

    /**
     * The ingest gets the untimed warm-up the floor gets (its first {@value #WARM_UP_FILES} files), so that neither is
     * timed while the JIT compiles: the same job on a copy of those files, into a database of its own, dropped after.
     */
    private void warmUpIngest(Map<String, Object> properties, Path inbox, List<Path> workbooks, PrintWriter out)
            throws Exception {
        String warmUpUrl = databaseUrl.replaceFirst("/(" + BenchDatabase.NAME_PREFIX + "[a-z0-9_]*)", "/$1_warmup");
        BenchDatabase.recreate(warmUpUrl, databaseUser);
        Path scratch = Files.createTempDirectory("genderstats-bench-warmup");
        try {
            Path warmInbox = scratch.resolve("inbox");
            for (Path workbook : workbooks.subList(0, Math.min(WARM_UP_FILES, workbooks.size()))) {
                Path copy = warmInbox.resolve(inbox.relativize(workbook).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(workbook, copy);
            }
            Map<String, Object> warm = new HashMap<>(properties);
            warm.put("spring.datasource.url", warmUpUrl);
            warm.put("genderstats.inbox", warmInbox.toString());
            warm.put("genderstats.reports", scratch.resolve("reports").toString());
            long start = System.nanoTime();
            try (ConfigurableApplicationContext context = Boot.start(warm)) {
                JobExecution execution = JobRunner.run(context, IngestJobConfiguration.JOB, new JobParametersBuilder()
                        .addString("inbox", warmInbox.toString())
                        .addString("reports", scratch.resolve("reports").toString()));
                if (JobRunner.failed(execution)) {
                    throw new IllegalStateException("warm-up ingest failed: " + JobRunner.failureText(execution));
                }
            }
            out.printf("Warm-up (not timed): ingest of %d files into a database of its own, %.1f s%n",
                    Math.min(WARM_UP_FILES, workbooks.size()), (System.nanoTime() - start) / 1e9);
        } finally {
            BenchDatabase.drop(warmUpUrl, databaseUser);
            try (Stream<Path> walk = Files.walk(scratch)) {
                walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void writeProvinceReport(ConfigurableApplicationContext context, Period period, String province,
            Path reports) throws Exception {
        JobExecution execution = JobRunner.run(context, ReportJobConfiguration.JOB, new JobParametersBuilder()
                .addString("period", period.code()).addString("unit", province).addString("lang", "vi")
                .addString("reports", reports.toString()));
        if (JobRunner.failed(execution)) {
            throw new IllegalStateException("report of " + province + " failed: " + JobRunner.failureText(execution));
        }
    }

    /** Work that counts the values it processed as it goes. */
    @FunctionalInterface
    private interface Work {
        long run() throws Exception;
    }

    /** A stage whose values are counted in the database once it is done. */
    @FunctionalInterface
    private interface Stage {
        void run() throws Exception;
    }

    private static Timed measure(HeapWatch heap, String what, long workbooks, Work work) throws Exception {
        long[] values = new long[1];
        return measure(heap, what, workbooks, () -> values[0] = work.run(), () -> values[0]);
    }

    /**
     * Times {@code stage} alone: {@code count} runs after the clock stops. Counted inside it, the roll-up of a province
     * sent again included a count of the period's 1.2 million values through the view aggregate_value (about 0.1 s).
     */
    private static Timed measure(HeapWatch heap, String what, long workbooks, Stage stage, Work count) throws Exception {
        System.gc();
        heap.reset();
        long cpuStart = ProcessCpu.nanos();
        JvmServiceCpu serviceStart = JvmServiceCpu.now();
        long start = System.nanoTime();
        stage.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (ProcessCpu.nanos() - cpuStart) / 1e9;
        JvmServiceCpu service = JvmServiceCpu.now();
        long peak = heap.peakBytes();
        return new Timed(what, seconds, cpu, service.compilerSecondsSince(serviceStart),
                service.collectorSecondsSince(serviceStart), workbooks, count.run(), peak);
    }

    private static void ingest(ConfigurableApplicationContext context, Path inbox, Path reports) throws Exception {
        JobExecution execution = JobRunner.run(context, IngestJobConfiguration.JOB, new JobParametersBuilder()
                .addString("inbox", inbox.toString()).addString("reports", reports.toString()));
        if (JobRunner.failed(execution)) {
            throw new IllegalStateException("ingest failed: " + JobRunner.failureText(execution));
        }
    }

    private static void rollUp(ConfigurableApplicationContext context, Period p) throws Exception {
        JobExecution execution = JobRunner.run(context, AggregateJobConfiguration.JOB,
                new JobParametersBuilder().addString("period", p.code()));
        if (JobRunner.failed(execution)) {
            throw new IllegalStateException("aggregate failed: " + JobRunner.failureText(execution));
        }
    }

    private void ensureForms(Path inbox, Period p, long seed, String within, PrintWriter out) throws IOException {
        if (Files.exists(inbox.resolve(FormGenerator.MANIFEST))) {
            out.printf("Reusing the forms in %s%n", inbox.toAbsolutePath());
            return;
        }
        OfficeFiles office = OfficeFiles.load(folders.jobs);
        FormGenerator generator = new FormGenerator(office.catalog(), office.hierarchy(), office.calendar());
        long start = System.nanoTime();
        FormGenerator.Result result;
        try (ConsoleProgress progress = new ConsoleProgress("generate")) {
            result = generator.generate(FormGenerator.Request.of(version, List.of(p), inbox, seed, within, 0, threads),
                    progress);
        }
        out.printf("Generated %,d forms (%,d values) in %.1f s under %s%n", result.files(), result.values(),
                (System.nanoTime() - start) / 1e9, inbox.toAbsolutePath());
    }

    private static List<Path> workbooks(Path inbox) throws IOException {
        try (Stream<Path> walk = Files.walk(inbox)) {
            return new ArrayList<>(walk.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList());
        }
    }

    /** Every contestant reads the files from memory, not from disk: read them all once beforehand. */
    private static void warmPageCache(List<Path> workbooks) throws IOException {
        for (Path f : workbooks) {
            Files.readAllBytes(f);
        }
    }

    private void recreateDatabase() throws SQLException {
        if (!BenchDatabase.isBenchUrl(databaseUrl)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--database-url must end in a database named " + BenchDatabase.NAME_PREFIX + "…, e.g. /genderstats_bench");
        }
        BenchDatabase.recreate(databaseUrl, databaseUser);
    }
}
