package vn.genderstats.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import vn.genderstats.aggregate.RollUp;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.period.Period;
import vn.genderstats.report.ReportWriter;
import vn.genderstats.system.GenderstatsProperties;

/**
 * Roll-ups and report runs started from the portal, one at a time on a thread of their own, each with who
 * started it, when, and how it ended; the page polls them.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class Runs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Runs.class);

    enum Kind { AGGREGATE, REPORT }

    /**
     * What a finished run did, shown in the page's language: for a roll-up, the lists of units it recomputed and their
     * units; for a report run, the files written.
     */
    record Tally(int count, int units, double seconds) {
    }

    /** A run and where it stands; {@code tally} and {@code failure} are null while it runs, one of them after. */
    record Run(int id, Kind kind, Period period, String by, LocalDateTime started, LocalDateTime finished, Tally tally,
            String failure) {

        public boolean running() {
            return finished == null;
        }

        public boolean failed() {
            return failure != null;
        }

        public String startedText() {
            return SignedIn.when(started);
        }

        public String finishedText() {
            return SignedIn.when(finished);
        }
    }

    private final RollUp rollUp;
    private final ReportWriter reports;
    private final Hierarchy hierarchy;
    private final GenderstatsProperties properties;
    private final SignedIn signedIn;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "portal-run");
        t.setDaemon(true);
        return t;
    });
    private final List<Run> runs = new ArrayList<>();

    Runs(RollUp rollUp, ReportWriter reports, Hierarchy hierarchy, GenderstatsProperties properties, SignedIn signedIn) {
        this.rollUp = rollUp;
        this.reports = reports;
        this.hierarchy = hierarchy;
        this.properties = properties;
        this.signedIn = signedIn;
    }

    synchronized Run start(Kind kind, Period period, String by) {
        Run run = new Run(runs.size() + 1, kind, period, by, signedIn.officeNow(), null, null, null);
        runs.add(run);
        worker.submit(() -> work(run));
        return run;
    }

    synchronized List<Run> recent() {
        return runs.reversed().stream().limit(20).toList();
    }

    synchronized Optional<Run> find(int id) {
        return runs.stream().filter(r -> r.id() == id).findFirst();
    }

    private void work(Run run) {
        long start = System.nanoTime();
        Tally tally = null;
        String failure = null;
        try {
            tally = switch (run.kind()) {
                case AGGREGATE -> {
                    List<RollUp.Result> slices = rollUp.run(Optional.of(run.period().code()), false);
                    List<RollUp.Result> recomputed = slices.stream().filter(slice -> slice.units() > 0).toList();
                    yield new Tally(recomputed.size(), recomputed.stream().mapToInt(RollUp.Result::units).sum(),
                            seconds(start));
                }
                case REPORT -> new Tally(reports.writeAll(hierarchy.versionServing(run.period()).id(), run.period(),
                        new ReportWriter.Options(List.of("vi", "en"), false, true), properties.reports(), null).size(),
                        0, seconds(start));
            };
        } catch (RuntimeException e) {
            log.error("Portal run {} failed", run, e);
            failure = e.getMessage() != null ? e.getMessage() : e.toString();
        }
        finish(run, tally, failure);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private synchronized void finish(Run run, Tally tally, String failure) {
        runs.set(run.id() - 1, new Run(run.id(), run.kind(), run.period(), run.by(), run.started(), signedIn.officeNow(),
                tally, failure));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
