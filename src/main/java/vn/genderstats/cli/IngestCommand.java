package vn.genderstats.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.genderstats.ingest.IngestProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.genderstats.ingest.IngestJobConfiguration;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read every new or changed workbook in the inbox, check it and store its values with their source.",
            "Nhận các biểu mẫu mới hoặc đã sửa trong thư mục nhận, kiểm tra và lưu số liệu."})
class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Folders folders;

    @Mixin
    InboxFolder inboxFolder;

    @Option(names = "--outbox", paramLabel = "DIR",
            description = "Where each unit's feedback workbooks go, one folder per unit (default: <out>/outbox).")
    Path outbox;

    @Override
    public Integer call() throws Exception {
        if (Printed.inboxMissing(inboxFolder.inbox, spec.commandLine().getErr())) {
            return ExitCodes.USAGE;
        }
        Map<String, Object> properties = folders.properties();
        properties.put("genderstats.inbox", inboxFolder.inbox.toString());
        try (ConfigurableApplicationContext context = Boot.start(properties)) {
            JobExecution execution;
            try (ConsoleProgress progress = new ConsoleProgress("ingest")) {
                context.getBean(IngestProgress.class).listen(progress);
                execution = JobRunner.run(context, IngestJobConfiguration.JOB, new JobParametersBuilder()
                        .addString("inbox", inboxFolder.inbox.toString()).addString("reports", folders.out.toString())
                        .addString("outbox", (outbox != null ? outbox : folders.out.resolve("outbox")).toString()));
            }
            if (JobRunner.failed(execution)) {
                return Printed.failure(execution, spec.commandLine().getErr());
            }
            return Printed.ingest(context, execution, folders.out, spec.commandLine().getOut());
        }
    }
}
