package vn.genderstats.generate;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import vn.genderstats.calendar.ReportingCalendar;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.DataElement;
import vn.genderstats.form.FormContent;
import vn.genderstats.form.FormWriter;
import vn.genderstats.form.ReceiptLog;
import vn.genderstats.form.Templates;
import vn.genderstats.hierarchy.AdminUnit;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.hierarchy.HierarchyVersion;
import vn.genderstats.period.Period;
import vn.genderstats.system.Sha256;
import vn.genderstats.system.VietNamTime;
import vn.genderstats.text.VietnameseLetters;

/**
 * Writes filled forms (the units' templates with figures in them) for every reporting unit of a hierarchy
 * version (or of one part of it) and every
 * period: {@code <out>/<code>-<name>/bdg-<period>.xlsx}, one folder per sending unit as an inbox has them.
 * Figures come from {@link FigureModel} seeded by (seed, version, unit, period), so the same request
 * writes the same files whatever the thread order. A {@code .manifest.csv} lists every file and its flaw
 * (hidden, so that ingesting the folder passes it by); a {@code .receipts.csv} ({@link ReceiptLog}) plays the mail
 * gateway's log, saying when each file was received: in the fortnight before its deadline, about one in ten late.
 */
public final class FormGenerator {

    public static final String MANIFEST = ".manifest.csv";

    /**
     * What to generate. {@code versionId} null: for each period the version in force. {@code within} and
     * {@code units} both empty: every unit; else the units named in {@code units} and every unit in or below
     * one named in {@code within}. {@code plantedFlaws} puts a given mistake in a given file, keyed
     * "UNIT/PERIOD" (e.g. "01480/2024"); other files get one at random with {@code flawedShare}.
     */
    public record Request(String versionId, List<Period> periods, Path out, long seed, List<String> within,
            List<String> units, Map<String, Flaw> plantedFlaws, double flawedShare, int threads) {

        public Request {
            within = List.copyOf(within);
            units = List.copyOf(units);
            plantedFlaws = Map.copyOf(plantedFlaws);
        }

        public static Request of(String versionId, List<Period> periods, Path out, long seed, String within,
                double flawedShare, int threads) {
            return new Request(versionId, periods, out, seed, within == null ? List.of() : List.of(within), List.of(),
                    Map.of(), flawedShare, threads);
        }

        boolean selects(AdminUnit unit, List<AdminUnit> ancestors) {
            return within.isEmpty() && units.isEmpty() || units.contains(unit.code()) || within.contains(unit.code())
                    || ancestors.stream().anyMatch(a -> within.contains(a.code()));
        }
    }

    public record Result(long files, long flawed, long values) {
    }

    /** Told how many files there will be, then of each one written. */
    public interface Progress {
        void start(long total);

        void step();
    }

    private final Catalog catalog;
    private final Hierarchy hierarchy;
    private final ReportingCalendar calendar;
    private final Templates templates;

    public FormGenerator(Catalog catalog, Hierarchy hierarchy, ReportingCalendar calendar) {
        this.catalog = catalog;
        this.hierarchy = hierarchy;
        this.calendar = calendar;
        this.templates = new Templates(catalog, hierarchy, calendar);
    }

    /** The units that owe reports: every territory below the nation and every department, sorted by code. */
    public List<AdminUnit> reportingUnits(String versionId, Request request) {
        return hierarchy.units(versionId).stream()
                .filter(u -> !"nation".equals(u.tier()))
                .filter(u -> request.selects(u, hierarchy.ancestors(u)))
                .sorted(Comparator.comparing(AdminUnit::code))
                .toList();
    }

    public Result generate(Request request, Progress progress) throws IOException {
        Files.createDirectories(request.out());
        List<Job> jobs = new ArrayList<>();
        for (Period period : request.periods()) {
            HierarchyVersion version = version(request, period);
            List<AdminUnit> units = reportingUnits(version.id(), request);
            for (int i = 0; i < units.size(); i++) {
                AdminUnit neighbour = units.get(i == 0 ? Math.min(1, units.size() - 1) : i - 1);
                jobs.add(new Job(units.get(i), neighbour, period));
            }
        }
        progress.start(jobs.size());
        AtomicLong values = new AtomicLong();
        List<String[]> manifest = new ArrayList<>();
        List<ReceiptLog.Entry> receipts = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, request.threads()));
        try {
            List<Future<Written>> written = new ArrayList<>();
            for (Job job : jobs) {
                written.add(pool.submit(() -> {
                    Written file = write(job, request, values);
                    progress.step();
                    return file;
                }));
            }
            for (Future<Written> f : written) {
                manifest.add(f.get().manifestLine());
                receipts.add(f.get().receipt());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("generation interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdown();
        }
        try (CsvWriter csv = CsvWriter.builder().build(request.out().resolve(FormGenerator.MANIFEST))) {
            csv.writeRecord("file", "unit_code", "version", "period", "flaw");
            manifest.forEach(csv::writeRecord);
        }
        ReceiptLog.write(request.out(), receipts, VietNamTime.ZONE);
        long flawed = manifest.stream().filter(l -> !l[4].isEmpty()).count();
        return new Result(manifest.size(), flawed, values.get());
    }

    private record Job(AdminUnit unit, AdminUnit neighbour, Period period) {
    }

    private record Written(String[] manifestLine, ReceiptLog.Entry receipt) {
    }

    private HierarchyVersion version(Request request, Period period) {
        if (request.versionId() == null) {
            return hierarchy.versionServing(period);
        }
        HierarchyVersion v = hierarchy.versions().stream().filter(x -> x.id().equals(request.versionId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown hierarchy version " + request.versionId()));
        if (!v.serves(period)) {
            throw new IllegalArgumentException("the units of " + v.id() + " do not report for " + period
                    + " (that list serves " + v.validFrom() + " to " + Optional.ofNullable(v.validTo()).map(Object::toString)
                    .orElse("today") + ")");
        }
        return v;
    }

    /** Same seed and same key, same draws: a unit's file does not depend on the other units generated with it. */
    private static long seed(Request request, String key) {
        return request.seed() * 31 + key.hashCode();
    }

    private Written write(Job job, Request request, AtomicLong values) throws IOException {
        AdminUnit unit = job.unit();
        Draws draws = new Draws(seed(request, unit.versionId() + "/" + unit.code() + "/" + job.period()));
        String tier = unit.tier();
        List<DataElement> rows = catalog.reportedBy(tier, unit.kind());
        Draws unitDraws = new Draws(seed(request, unit.versionId() + "/" + unit.code()));
        Map<String, BigDecimal> figures = new FigureModel(draws, unitDraws, unit, provinceOf(unit), job.period())
                .figures(rows);
        Flaw flaw = draws.chance(request.flawedShare()) ? Flaw.values()[draws.between(0, Flaw.values().length - 1)] : null;
        flaw = request.plantedFlaws().getOrDefault(unit.code() + "/" + job.period().code(), flaw);
        String unitCode = unit.code();
        String unitName = unit.name();
        if (flaw == Flaw.MISSING_UNIT_CODE) {
            unitCode = "";
        } else if (flaw == Flaw.NEIGHBOURS_FORM) {
            unitCode = job.neighbour().code();
            unitName = job.neighbour().name();
        } else if (flaw == Flaw.NEGATIVE_VALUE) {
            figures.put(FormContent.key("GOV_BODIES", "T"), BigDecimal.valueOf(-2));
        } else if (flaw == Flaw.FEMALE_ABOVE_TOTAL && figures.containsKey(FormContent.key("LIVE_BIRTHS", "T"))) {
            figures.put(FormContent.key("LIVE_BIRTHS", "F"), figures.get(FormContent.key("LIVE_BIRTHS", "T")).add(BigDecimal.TEN));
        } else if (flaw == Flaw.FEMALE_ABOVE_TOTAL) {
            flaw = null;
        }
        Path folder = request.out().resolve(unit.code() + "-" + VietnameseLetters.slug(unit.name()));
        Files.createDirectories(folder);
        Path file = folder.resolve("bdg-" + job.period().code() + ".xlsx");
        Optional<LocalDate> due = calendar.deadline(unit, job.period());
        if (flaw == Flaw.NOT_EXCEL) {
            Files.writeString(file, "Báo cáo gửi kèm qua thư điện tử — not a workbook\n");
        } else {
            FormContent form = templates.filled(unit, job.period(), figures, "vi");
            FormWriter.write(new FormContent(form.formId(), form.formVersion(), form.title(), unitCode, unitName,
                    form.receivingUnit(), form.period(), form.deadline(), form.rows(), form.figures(), form.lang()), file);
            values.addAndGet(figures.size());
        }
        String path = request.out().relativize(file).toString().replace(java.io.File.separatorChar, '/');
        OffsetDateTime received = receivedAt(draws, due.orElse(job.period().end())).atStartOfDay(VietNamTime.ZONE)
                .plusHours(9).toOffsetDateTime();
        return new Written(new String[] {path, unit.code(), unit.versionId(), job.period().code(),
            flaw == null ? "" : flaw.name()}, new ReceiptLog.Entry(path, Sha256.of(file), received));
    }

    /** Most units send in the fortnight before the deadline; about one in ten is late by up to three weeks. */
    private static LocalDate receivedAt(Draws draws, LocalDate due) {
        return draws.chance(0.1) ? due.plusDays(draws.between(1, 20)) : due.minusDays(draws.between(0, 14));
    }

    private String provinceOf(AdminUnit unit) {
        if ("province".equals(unit.tier())) {
            return unit.isTerritory() ? unit.code() : unit.parentCode();
        }
        return hierarchy.ancestors(unit).stream().filter(a -> "province".equals(a.tier())).map(AdminUnit::code)
                .findFirst().orElse("");
    }
}
