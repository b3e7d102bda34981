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

    /** A run and where it stands; {@code result} is null while it runs. */
    record Run(int id, Kind kind, Period period, String by, LocalDateTime started, LocalDateTime finished, String result,
            boolean failed) {

        public boolean running() {
            return finished == null;
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
        Run run = new Run(runs.size() + 1, kind, period, by, signedIn.officeNow(), null, null, false);
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
        String result;
        boolean failed = false;
        try {
            result = switch (run.kind()) {
                case AGGREGATE -> rollUp.run(Optional.of(run.period().code()), false).stream()
                        .map(RollUp.Result::toText).reduce((a, b) -> a + "; " + b).orElse("nothing to add up / không có gì để tổng hợp");
                case REPORT -> reports.writeAll(hierarchy.versionServing(run.period()).id(), run.period(),
                        new ReportWriter.Options(List.of("vi", "en"), false, true), properties.reports(), null).size()
                        + " PDF";
            };
        } catch (RuntimeException e) {
            log.error("Portal run {} failed", run, e);
            result = e.getMessage();
            failed = true;
        }
        finish(run, result, failed);
    }

    private synchronized void finish(Run run, String result, boolean failed) {
        runs.set(run.id() - 1, new Run(run.id(), run.kind(), run.period(), run.by(), run.started(), signedIn.officeNow(), result,
                failed));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
