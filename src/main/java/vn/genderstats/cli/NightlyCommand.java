package vn.genderstats.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.genderstats.ingest.IngestProgress;
import vn.genderstats.nightly.NightlyJobConfiguration;
import vn.genderstats.nightly.NightlyLock;
import vn.genderstats.nightly.NightlySummaries;
import vn.genderstats.nightly.NightlySummary;

@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"The night's work in one job: ingest the inbox, aggregate, write the reports. For cron or a",
            "systemd timer: one run at a time (exit 4 if another is running), only what changed, and a run cut off",
            "by a crash is resumed by the next one. Summary in <out>/nightly-summary.json and .txt.",
            "Công việc hằng đêm: nhận biểu mẫu, tổng hợp, lập báo cáo; mỗi lúc chỉ một lần chạy."})
class NightlyCommand implements Callable<Integer> {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NightlyCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    Folders folders;

    @Mixin
    InboxFolder inboxFolder;

    @Override
    public Integer call() throws Exception {
        if (Printed.inboxMissing(inboxFolder.inbox, spec.commandLine().getErr())) {
            return ExitCodes.USAGE;
        }
        Map<String, Object> properties = folders.properties();
        properties.put("genderstats.inbox", inboxFolder.inbox.toString());
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = Boot.start(properties)) {
            Optional<NightlyLock.Held> lock = context.getBean(NightlyLock.class).tryAcquire();
            if (lock.isEmpty()) {
                String refused = alreadyRunning(context);
                log.warn(refused);
                spec.commandLine().getErr().println(refused);
                return ExitCodes.ALREADY_RUNNING;
            }
            try (NightlyLock.Held held = lock.get()) {
                JobRunner.Launch launch;
                try (ConsoleProgress progress = new ConsoleProgress("ingest")) {
                    context.getBean(IngestProgress.class).listen(progress);
                    launch = JobRunner.resumeOrStart(context, NightlyJobConfiguration.JOB, new JobParametersBuilder()
                            .addString("inbox", inboxFolder.inbox.toString())
                            .addString("reports", folders.out.toString())
                            .addString("lang", "vi,en")
                            .addString("changedOnly", "true")
                            .addString("official", "province,district"));
                }
                JobExecution execution = launch.execution();
                Path reports = Path.of(execution.getJobParameters().getString("reports"));
                if (launch.resumed() != null) {
                    out.println("Resumed the interrupted run / Tiếp tục lần chạy bị ngắt: " + launch.resumed()
                            + " (inbox " + execution.getJobParameters().getString("inbox") + ")");
                }
                NightlySummaries summaries = context.getBean(NightlySummaries.class);
                NightlySummary summary = summaries.of(execution, launch.resumed());
                summaries.write(summary, reports);
                log.info("{}", summary.toText());
                if (JobRunner.failed(execution)) {
                    out.print(summary.toText());
                    return Printed.failure(execution, spec.commandLine().getErr());
                }
                int code = summary.stages().get("ingest").outcome().equals(NightlySummary.DONE)
                        ? Printed.ingest(context, execution, reports, out) : ExitCodes.OK;
                out.print(summary.toText());
                return code;
            }
        }
    }

    private static String alreadyRunning(ConfigurableApplicationContext context) {
        String which = context.getBean(JobRepository.class).findRunningJobExecutions(NightlyJobConfiguration.JOB).stream()
                .max(Comparator.comparing(JobExecution::getId))
                .map(e -> " (execution " + e.getId() + ", started / bắt đầu " + e.getStartTime() + ")").orElse("");
        return "Another nightly run is still working" + which + "; this run did nothing. / Một lần chạy nightly khác"
                + " đang chạy" + which + "; lần này không làm gì. Exit code " + ExitCodes.ALREADY_RUNNING + ".";
    }
}
