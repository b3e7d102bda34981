package vn.genderstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
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
        int official = execution.getExecutionContext().getInt(ReportJobConfiguration.OFFICIAL_WRITTEN, 0);
        out.println("Reports: " + written + " PDF(s) written under / báo cáo PDF tại: " + reports.toAbsolutePath()
                + (official == 0 ? "" : "\nOfficial reports / báo cáo hành chính (Word, PDF): " + official + " file(s)"));
    }

    /**
     * A failed job: the operational problem in both languages when the failures show one (a folder that cannot be
     * written, a full disk, the database gone), else the first failure; the stack traces are in the log file.
     */
    static int failure(JobExecution execution, PrintWriter err) {
        String job = execution.getJobInstance().getJobName();
        String text = Failures.explain(execution.getAllFailureExceptions(), Boot.databaseUrl())
                .map(problem -> "The job " + job + " failed / Công việc " + job + " thất bại: " + problem)
                .orElseGet(() -> "The job " + job + " failed / Lỗi: " + JobRunner.failureText(execution))
                + " " + FailureHandler.exitCode(ExitCodes.FAILURE);
        LoggerFactory.getLogger(Printed.class).error(text);
        err.println(text);
        return ExitCodes.FAILURE;
    }

    /**
     * An inbox that is not a folder is the caller's mistake (a wrong --inbox, a share not mounted): one line in both
     * languages and exit 2, before anything is started.
     */
    static boolean inboxMissing(Path inbox, PrintWriter err) {
        if (java.nio.file.Files.isDirectory(inbox)) {
            return false;
        }
        String text = "Thư mục nhận báo cáo " + inbox.toAbsolutePath() + (java.nio.file.Files.exists(inbox)
                ? " là một tệp, không phải thư mục" : " không tồn tại") + "; hãy kiểm tra --inbox (hoặc ổ mạng đã được gắn"
                + " chưa). / The inbox " + inbox.toAbsolutePath() + (java.nio.file.Files.exists(inbox)
                ? " is a file, not a folder" : " does not exist") + "; check --inbox (or that the share is mounted). "
                + FailureHandler.exitCode(ExitCodes.USAGE);
        err.println(text);
        return true;
    }
}
