package vn.genderstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ApplicationContext;
import vn.genderstats.aggregate.AggregateJobConfiguration;
import vn.genderstats.ingest.IngestSummaries;
import vn.genderstats.ingest.IngestSummary;
import vn.genderstats.report.ReportJobConfiguration;

/** What the commands print after their jobs, and the exit code it amounts to. */
final class Printed {

    private Printed() {
    }

    static int ingest(ApplicationContext context, JobExecution execution, Path reports, PrintWriter out)
            throws IOException {
        IngestSummaries summaries = context.getBean(IngestSummaries.class);
        IngestSummary summary = summaries.of(execution);
        summaries.write(summary, reports);
        out.println(summary.toText());
        if (summary.anyRejected()) {
            out.println("Rejected files are kept with their reasons in / Tệp bị từ chối được lưu tại: "
                    + reports.resolve("quarantine"));
        }
        return summary.anyRejected() ? ExitCodes.REJECTED_FILES : ExitCodes.OK;
    }

    static void aggregate(JobExecution execution, PrintWriter out) {
        String computed = execution.getExecutionContext().getString(AggregateJobConfiguration.COMPUTED, "");
        out.print(computed.isEmpty() ? "Aggregate: no data to add up / không có số liệu để tổng hợp\n"
                : "Aggregate / Tổng hợp:\n" + computed.indent(2));
        out.flush();
    }

    static void reports(JobExecution execution, Path reports, PrintWriter out) {
        int written = execution.getExecutionContext().getInt(ReportJobConfiguration.WRITTEN, 0);
        out.println("Reports: " + written + " PDF(s) written under / báo cáo PDF tại: " + reports.toAbsolutePath());
    }

    static int failure(JobExecution execution, PrintWriter err) {
        err.println("The job " + execution.getJobInstance().getJobName() + " failed / Lỗi: "
                + JobRunner.failureText(execution));
        return ExitCodes.FAILURE;
    }
}
