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
import vn.genderstats.nightly.NightlyJobConfiguration;

@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"The night's work in one job: ingest the inbox, aggregate, write the reports.",
            "Công việc hằng đêm: nhận biểu mẫu, tổng hợp, lập báo cáo."})
class NightlyCommand implements Callable<Integer> {

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
            JobExecution execution = JobRunner.run(context, NightlyJobConfiguration.JOB, new JobParametersBuilder()
                    .addString("inbox", inbox.toString())
                    .addString("reports", folders.out.toString())
                    .addString("lang", "vi,en")
                    .addString("changedOnly", "true"));
            if (JobRunner.failed(execution)) {
                return Printed.failure(execution, spec.commandLine().getErr());
            }
            int code = Printed.ingest(context, execution, folders.out, spec.commandLine().getOut());
            Printed.aggregate(execution, spec.commandLine().getOut());
            Printed.reports(execution, folders.out, spec.commandLine().getOut());
            return code;
        }
    }
}
