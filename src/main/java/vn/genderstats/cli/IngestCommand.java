package vn.genderstats.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.context.ConfigurableApplicationContext;
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

    @Option(names = "--inbox", paramLabel = "DIR", defaultValue = "sample-input",
            description = "Folder of units' workbooks, one subfolder per unit (default: ${DEFAULT-VALUE}).")
    Path inbox;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> properties = folders.properties();
        properties.put("genderstats.inbox", inbox.toString());
        try (ConfigurableApplicationContext context = Boot.start(properties)) {
            JobExecution execution = JobRunner.run(context, IngestJobConfiguration.JOB, new JobParametersBuilder()
                    .addString("inbox", inbox.toString()).addString("reports", folders.out.toString()));
            if (JobRunner.failed(execution)) {
                return Printed.failure(execution, spec.commandLine().getErr());
            }
            return Printed.ingest(context, execution, folders.out, spec.commandLine().getOut());
        }
    }
}
