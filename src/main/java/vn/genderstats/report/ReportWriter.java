package vn.genderstats.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.form.Templates;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.period.Period;
import vn.genderstats.system.GenderstatsProperties;
import vn.genderstats.system.Outcomes;
import vn.genderstats.text.VietnameseLetters;

/**
 * Writes units' reports: {@code reports/<period>/<code>-<name>[.en][.internal].pdf}, one per language
 * asked for. With {@code changedOnly} (the nightly job) a report is written only when its figures
 * differ from those of the report last written, or the file is gone.
 */
@Component
public class ReportWriter {

    /**
     * What to write for each unit; {@code officialTiers}: the tiers (province, district, commune) whose units
     * also get the official report (Word and PDF) beside their Vietnamese statistical report.
     */
    public record Options(List<String> languages, boolean internal, boolean changedOnly, Set<String> officialTiers) {

        public Options(List<String> languages, boolean internal, boolean changedOnly) {
            this(languages, internal, changedOnly, Set.of());
        }

        boolean official(AdminUnit unit) {
            return !internal && languages.contains("vi") && officialTiers.contains(unit.tier());
        }
    }

    private static final String OFFICIAL_SUFFIX = ".official";
    private static final Logger log = LoggerFactory.getLogger(ReportWriter.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ReportData data;
    private final Catalog catalog;
    private final PeriodSuppression suppression;
    private final VerdictRules verdictRules;
    private final ReportFingerprints fingerprints;
    private final Clock clock;
    private final OfficeSettings office;
    private final Hierarchy hierarchy;
    private final int threads;

    ReportWriter(ReportData data, Catalog catalog, PeriodSuppression suppression, VerdictRules verdictRules,
            ReportFingerprints fingerprints, Clock clock, OfficeSettings office, Hierarchy hierarchy,
            GenderstatsProperties properties) {
        this.data = data;
        this.catalog = catalog;
        this.suppression = suppression;
        this.verdictRules = verdictRules;
        this.fingerprints = fingerprints;
        this.clock = clock;
        this.office = office;
        this.hierarchy = hierarchy;
        this.threads = properties.threads();
    }

    /** Every unit with aggregates for the period. */
    public List<Path> writeAll(String versionId, Period period, Options options, Path reports, Long jobExecutionId) {
        return write(dueWithData(versionId, period), options, reports, jobExecutionId);
    }

    /** The reports of every unit with aggregates for the period on the list. */
    List<Due> dueWithData(String versionId, Period period) {
        return data.unitsWithData(versionId, period).stream().map(unit -> new Due(unit, period)).toList();
    }

    /** The units' reports for one period: see {@link #write(List, Options, Path, Long)}. */
    public List<Path> write(List<AdminUnit> units, Period period, Options options, Path reports, Long jobExecutionId) {
        return write(units.stream().map(unit -> new Due(unit, period)).toList(), options, reports, jobExecutionId);
    }

    /** A unit's report for a period: what {@link #write(List, Options, Path, Long)} takes, in the order given. */
    public record Due(AdminUnit unit, Period period) {
    }

    /**
     * Writes the reports due and remembers their fingerprints: see {@link Batch}. A single report (or every report,
     * on one thread) is written on the caller's thread.
     */
    public List<Path> write(List<Due> due, Options options, Path reports, Long jobExecutionId) {
        try (Batch batch = new Batch(options, reports, jobExecutionId, due.size() < 2 || threads < 2 ? 0 : threads)) {
            batch.add(due);
            return batch.finish();
        }
    }

    /** A batch of reports to write, on {@code genderstats.threads} threads of its own. */
    Batch batch(Options options, Path reports, Long jobExecutionId) {
        return new Batch(options, reports, jobExecutionId, threads);
    }

    /** The same on one thread, until {@link Batch#onAllThreads()}: while something else holds the other cores. */
    Batch batchOnOneThread(Options options, Path reports, Long jobExecutionId) {
        return new Batch(options, reports, jobExecutionId, 1);
    }

    /**
     * Reports written {@code threads} at a time as they are handed in ({@link #add}), every period's in one queue: a
     * period's last reports leave no thread idle, and an earlier period's suppression plan, which hides the rates of
     * its trends, is computed once for all the periods that print it (a national plan takes seconds). Each unit's
     * reports depend on nothing another writes. A report that cannot be written does not stop the others: it is
     * logged, its partial file removed, and {@link #finish} fails at the end naming every such unit. The fingerprints
     * of the reports written are remembered by {@link #finish}, on the caller's thread and so in its transaction (the
     * report step's: a run that fails keeps none of them), in the order the reports were handed in. Closing the batch
     * drops the reports not begun and waits for those begun.
     */
    final class Batch implements AutoCloseable {

        private final Options options;
        private final Path reports;
        private final Long jobExecutionId;
        /** Null for none: the reports are written on the caller's thread, as they are handed in. */
        private final ThreadPoolExecutor pool;
        private final Map<String, PeriodSuppression.Plan> plans = new ConcurrentHashMap<>();
        private final List<Future<UnitOutcome>> outcomes = new ArrayList<>();

        private Batch(Options options, Path reports, Long jobExecutionId, int threads) {
            this.options = options;
            this.reports = reports;
            this.jobExecutionId = jobExecutionId;
            this.pool = threads == 0 ? null : new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), Thread.ofPlatform().name("report-", 1).factory());
        }

        /** From now on on {@code genderstats.threads} threads. */
        void onAllThreads() {
            if (pool != null && pool.getMaximumPoolSize() < threads) {
                pool.setMaximumPoolSize(threads);
                pool.setCorePoolSize(threads);
            }
        }

        /** Begins the reports (with no threads of its own: writes them). */
        synchronized void add(List<Due> due) {
            for (Due report : due) {
                if (pool == null) {
                    outcomes.add(CompletableFuture.completedFuture(write(report)));
                } else {
                    outcomes.add(pool.submit(() -> write(report)));
                }
            }
        }

        /** How many units' reports were handed in. */
        synchronized int size() {
            return outcomes.size();
        }

        /** Waits for every report handed in, remembers their fingerprints and returns the files written. */
        synchronized List<Path> finish() {
            List<Path> written = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            for (Future<UnitOutcome> future : outcomes) {
                // The task catches what a report can throw: only an Error comes out of it.
                UnitOutcome outcome = Outcomes.await(future,
                        "Interrupted while writing reports / bị ngắt khi đang lập báo cáo");
                for (Remembered r : outcome.fingerprints) {
                    fingerprints.remember(r.unit(), outcome.period, r.variant(), r.fingerprint(), r.file(),
                            jobExecutionId);
                }
                if (outcome.failure == null) {
                    written.addAll(outcome.written);
                } else {
                    failed.add(outcome.failure);
                }
            }
            if (!failed.isEmpty()) {
                throw new IllegalStateException(failed.size() + " report(s) not written / báo cáo không lập được ("
                        + written.size() + " written): " + String.join("; ", failed));
            }
            return written;
        }

        @Override
        public void close() {
            if (pool != null) {
                // Not interrupted: a thread interrupted in the midst of reading H2 may close its file.
                pool.getQueue().clear();
                pool.close();
            }
        }

        private UnitOutcome write(Due report) {
            AdminUnit unit = report.unit();
            Period period = report.period();
            UnitOutcome out = new UnitOutcome(period);
            try {
                PeriodSuppression.Plan plan = plan(unit.versionId(), period);
                // Earlier periods' rates in the trends are hidden by their own period's plan, the same in every
                // report that prints them, never by this period's.
                Map<Period, Set<PublishedFigures.Cell>> earlier = new HashMap<>();
                if (!options.internal()) {
                    ReportData.trendPeriods(period).stream().filter(p -> !p.equals(period))
                            .forEach(p -> earlier.put(p, plan(unit.versionId(), p).hidden()));
                }
                writeUnit(unit, period, plan, earlier, options, reports, jobExecutionId, out);
            } catch (IOException | RuntimeException e) {
                log.error("Report of {} {} for {} not written / không lập được báo cáo", unit.code(), unit.name(),
                        period, e);
                out.failure = unit.code() + " " + unit.name() + " (" + period + "): " + e.getMessage();
            }
            return out;
        }

        /** Computed once for all the units that need it, by the first to ask; the others wait for it. */
        private PeriodSuppression.Plan plan(String versionId, Period period) {
            return plans.computeIfAbsent(versionId + " " + period.code(), k -> suppression.plan(versionId, period));
        }
    }

    /** What one unit's task wrote, the fingerprints to remember for it, and why it stopped if it failed. */
    private static final class UnitOutcome {
        final Period period;
        final List<Path> written = new ArrayList<>();
        final List<Remembered> fingerprints = new ArrayList<>();
        String failure;

        UnitOutcome(Period period) {
            this.period = period;
        }
    }

    private record Remembered(AdminUnit unit, String variant, String fingerprint, Path file) {
    }

    private void writeUnit(AdminUnit unit, Period period, PeriodSuppression.Plan plan,
            Map<Period, Set<PublishedFigures.Cell>> earlier, Options options, Path reports, Long jobExecutionId,
            UnitOutcome outcome) throws IOException {
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        UnitFigures figures = data.figures(unit, period);
        long read = (System.nanoTime() - start) / 1_000_000;
        PublishedFigures published = new PublishedFigures(figures, catalog, plan, earlier, options.internal());
        String fingerprint = ReportFingerprints.of(figures, published, verdictRules);
        boolean statisticalWritten = false;
        for (String lang : options.languages()) {
            String variant = lang + (options.internal() ? "-internal" : "");
            Path out = reports.resolve(period.code()).resolve(fileName(unit, lang, options.internal()));
            if (options.changedOnly() && Files.exists(out)
                    && fingerprints.last(figures, variant).filter(fingerprint::equals).isPresent()) {
                continue;
            }
            try {
                new UnitReport(catalog, verdictRules, lang, clock.getZone())
                        .write(figures, published, LocalDate.now(clock), jobExecutionId, out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(out);
                throw e;
            }
            outcome.fingerprints.add(new Remembered(unit, variant, fingerprint, out));
            outcome.written.add(out);
            statisticalWritten |= "vi".equals(lang);
            // CPU time too: on a busy machine the wall time says more about the neighbours than the report.
            log.info("Wrote {} in {} ms (figures read in {} ms; CPU {} ms)", reports.relativize(out),
                    (System.nanoTime() - start) / 1_000_000, read,
                    (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
            start = System.nanoTime();
            cpuStart = THREADS.getCurrentThreadCpuTime();
            read = 0;
        }
        if (options.official(unit)) {
            outcome.written.addAll(writeOfficial(figures, published, reports,
                    statisticalWritten || !options.changedOnly()));
        }
    }

    /**
     * The official report of the unit, Word and PDF, the Vietnamese statistical report attached to the PDF.
     * Rewritten with that report, or when a file is missing.
     */
    private List<Path> writeOfficial(UnitFigures figures, PublishedFigures published, Path reports, boolean changed)
            throws IOException {
        AdminUnit unit = figures.unit();
        Path dir = reports.resolve(figures.period().code());
        String stem = fileName(unit, "vi", false).replaceFirst("\\.pdf$", "") + OFFICIAL_SUFFIX;
        Path docx = dir.resolve(stem + ".docx");
        Path pdf = dir.resolve(stem + ".pdf");
        if (!changed && Files.exists(docx) && Files.exists(pdf)) {
            return List.of();
        }
        AdminUnit parent = unit.parentCode() == null ? null
                : hierarchy.unit(unit.versionId(), unit.parentCode()).orElse(null);
        String receiver = Templates.receivingUnit(hierarchy, unit, figures.period(), "vi");
        OfficialReport report = OfficialReport.of(figures, published, catalog, verdictRules,
                office.letterhead(unit, parent, receiver), LocalDate.now(clock));
        try {
            OfficialDocx.write(report, docx);
            OfficialPdf.write(report, dir.resolve(fileName(unit, "vi", false)), pdf);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(docx);
            Files.deleteIfExists(pdf);
            throw e;
        }
        log.info("Wrote {} and {}", reports.relativize(docx), reports.relativize(pdf));
        return List.of(docx, pdf);
    }

    /** Whether a written file is an official document rather than a statistical report. */
    public static boolean official(Path written) {
        return written.getFileName().toString().contains(OFFICIAL_SUFFIX + ".");
    }

    static String fileName(AdminUnit unit, String lang, boolean internal) {
        String slug = VietnameseLetters.fold(unit.name()).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return unit.code() + "-" + slug + ("vi".equals(lang) ? "" : "." + lang) + (internal ? ".internal" : "")
                + ".pdf";
    }
}
