package vn.genderstats.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The figures of one benchmark run, printed as a table with the ratios the targets are about, and kept as JSON. */
public final class BenchResults {

    /** The stage that adds up everything ingested, from an empty roll-up (the target is under 5 s nationally). */
    public static final String ROLL_UP = "roll-up of the nation (SQL)";

    /** The stage that adds up one province's forms sent again, after the first (the target is under 0.5 s). */
    public static final String ROLL_UP_AGAIN = "roll-up of a province sent again";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final String version;
    private final String period;
    private final long workbooks;
    private final int threads;
    private final long maxHeapBytes;
    private final List<Timed> stages = new ArrayList<>();
    private Double secondsPerReport;

    public BenchResults(String version, String period, long workbooks, int threads, long maxHeapBytes) {
        this.version = version;
        this.period = period;
        this.workbooks = workbooks;
        this.threads = threads;
        this.maxHeapBytes = maxHeapBytes;
    }

    public void add(Timed stage) {
        stages.add(stage);
    }

    /** Seconds per provincial PDF (the target is under 2). */
    public void perReport(double seconds) {
        secondsPerReport = seconds;
    }

    private Timed stage(String prefix) {
        return stages.stream().filter(s -> s.what().startsWith(prefix)).findFirst().orElse(null);
    }

    /** genderstats' ingest time over the floor's (parse + COPY): the target is at most 2. */
    public Double ingestOverFloor() {
        return ratio(stage("genderstats ingest"), stage("floor: unzip + StAX parse + COPY"));
    }

    /** The naive loader's time over genderstats' ingest: the target is at least 3. */
    public Double naiveOverIngest() {
        return ratio(stage("naive"), stage("genderstats ingest"));
    }

    /** The same ratio in this JVM's CPU seconds: what the wall-clock ratio tends to on an idle machine. */
    public Double ingestOverFloorCpu() {
        Timed ingest = stage("genderstats ingest");
        Timed floor = stage("floor: unzip + StAX parse + COPY");
        return ingest == null || floor == null || floor.cpuSeconds() == 0 ? null
                : ingest.cpuSeconds() / floor.cpuSeconds();
    }

    private static Double ratio(Timed a, Timed b) {
        return a == null || b == null || b.seconds() == 0 ? null : a.seconds() / b.seconds();
    }

    public long peakHeapBytes() {
        return stages.stream().mapToLong(Timed::peakHeapBytes).max().orElse(0);
    }

    public void print(PrintWriter out) {
        out.printf("%n%-58s %9s %9s %7s %7s %11s %12s %10s%n", "stage", "seconds", "CPU s", "JIT s", "GC s", "workbooks/s",
                "values/s", "peak heap");
        for (Timed s : stages) {
            out.printf("%-58s %9.2f %9.2f %7.2f %7.2f %11s %12s %7d MB%n", s.what(), s.seconds(), s.cpuSeconds(),
                    s.jitSeconds(), s.gcSeconds(),
                    s.workbooks() == 0 ? "" : String.format("%,.0f", s.workbooksPerSecond()),
                    String.format("%,.0f", s.valuesPerSecond()), s.peakHeapBytes() >> 20);
        }
        out.printf("%ngenderstats ingest ÷ floor (parse + COPY): %s   (target ≤ 2)%n", format(ingestOverFloor()));
        out.printf("  the same in CPU seconds of this JVM:     %s%n", format(ingestOverFloorCpu()));
        out.printf("naive loader ÷ genderstats ingest:         %s   (target ≥ 3)%n", format(naiveOverIngest()));
        out.printf("seconds per provincial PDF:                %s   (target < 2 s)%n",
                secondsPerReport == null ? "n/a" : String.format("%.2f s", secondsPerReport));
        out.printf("roll-up of the nation:                     %s   (target < 5 s)%n", seconds(stage(ROLL_UP)));
        out.printf("roll-up of one province sent again:        %s   (target ≤ 0.5 s)%n", seconds(stage(ROLL_UP_AGAIN)));
        out.printf("peak heap of any stage: %d MB of %d MB allowed   (target < 512 MB)%n", peakHeapBytes() >> 20,
                maxHeapBytes >> 20);
        out.flush();
    }

    private static String seconds(Timed stage) {
        return stage == null ? "n/a" : String.format("%.2f s", stage.seconds());
    }

    private static String format(Double ratio) {
        return ratio == null ? "n/a" : String.format("%.2f×", ratio);
    }

    public Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        OffsetDateTime now = OffsetDateTime.now();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("at", now.toString());
        json.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version"), "os", System.getProperty("os.name") + " "
                        + System.getProperty("os.version")));
        json.put("hierarchyVersion", version);
        json.put("period", period);
        json.put("workbooks", workbooks);
        json.put("threads", threads);
        json.put("maxHeapMb", maxHeapBytes >> 20);
        json.put("stages", stages);
        json.put("ingestOverFloor", ingestOverFloor());
        json.put("ingestOverFloorCpu", ingestOverFloorCpu());
        json.put("naiveOverIngest", naiveOverIngest());
        json.put("secondsPerProvincialReport", secondsPerReport);
        Path file = folder.resolve("bench-" + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
        Files.writeString(file, JSON.writeValueAsString(json));
        return file;
    }
}
