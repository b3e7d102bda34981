package vn.genderstats.ingest;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.form.FormReader;
import vn.genderstats.hierarchy.Hierarchy;
import vn.genderstats.form.SdmxCsvReader;
import vn.genderstats.system.GenderstatsProperties;
import vn.genderstats.system.PlannerStatistics;
import vn.genderstats.validate.SubmissionValidator;
import vn.genderstats.validate.ValidationRules;

/**
 * The ingest job: the inbox is split into partitions worked in parallel; in each, every file is read,
 * checked and stored in one transaction per chunk of files, so a workbook goes in whole or not at all.
 * Job parameters: {@code inbox} and {@code reports} (folders).
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    public static final String JOB = "ingest";

    @Bean
    Job ingestJob(JobRepository jobRepository, Step ingest, Step plausibility) {
        return new JobBuilder(JOB, jobRepository).start(ingest).next(plausibility).build();
    }

    // -- manager step: one partition per thread -------------------------------------------------------------

    @Bean
    Step ingest(JobRepository jobRepository, Step ingestFiles, GenderstatsProperties properties, IngestProgress progress,
            PlannerStatistics database) {
        int partitions = writers(properties.threads(), database.onPostgres());
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("ingest-");
        threads.setConcurrencyLimit(partitions);
        return new StepBuilder("ingest", jobRepository)
                .partitioner("ingestFiles", new InboxPartitioner())
                .step(ingestFiles)
                .gridSize(partitions)
                .taskExecutor(threads)
                .listener(progress)
                .build();
    }

    /**
     * {@code threads} partitions on PostgreSQL, one on the embedded database: H2 killed while two threads wrote could
     * come back with part of a transaction (system.H2Durability says how often; KilledWriterTest).
     */
    public static int writers(int threads, boolean postgres) {
        return postgres ? threads : 1;
    }

    // -- worker step: read, check, store ----------------------------------------------------------------------

    @Bean
    Step ingestFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            PartitionFileReader inboxFileReader, WorkbookIntake workbookIntake, IntakeWriter intakeWriter,
            GenderstatsProperties properties) {
        return new StepBuilder("ingestFiles", jobRepository)
                .<InboxFile, Intake>chunk(properties.filesPerTransaction())
                .transactionManager(transactionManager)
                .reader(inboxFileReader)
                .processor(workbookIntake)
                .writer(intakeWriter)
                .build();
    }

    @Bean
    @StepScope
    PartitionFileReader inboxFileReader(@Value("#{jobParameters['inbox']}") String inbox,
            @Value("#{stepExecutionContext['" + InboxPartitioner.INDEX + "']}") int index,
            @Value("#{stepExecutionContext['" + InboxPartitioner.COUNT + "']}") int count, KnownFiles known) {
        return new PartitionFileReader(new Inbox(Path.of(inbox)), index, count, known);
    }

    @Bean
    @StepScope
    WorkbookIntake workbookIntake(@Value("#{jobParameters['inbox']}") String inbox,
            @Value("#{jobParameters['reports']}") String reports, @Value("#{jobParameters['outbox']}") String outbox,
            SubmissionStore store, Catalog catalog, Hierarchy hierarchy, Clock clock, SenderRules senderRules,
            IngestProgress progress, ValidationRules rules) {
        return new WorkbookIntake(new Inbox(Path.of(inbox)), store, new FormReader(catalog),
                new SubmissionValidator(catalog, hierarchy, clock, rules), senderRules, outbox(reports, outbox),
                quarantine(reports), progress, new SdmxCsvReader(catalog, hierarchy));
    }

    @Bean
    SenderRules senderRules(GenderstatsProperties properties, Hierarchy hierarchy) {
        return SenderRules.load(properties.jobs().resolve("senders.yaml"), hierarchy);
    }

    /** Job parameter {@code outbox} (optional): where feedback workbooks go; default {@code <reports>/outbox}. */
    @Bean
    @StepScope
    IntakeWriter intakeWriter(@Value("#{jobParameters['reports']}") String reports,
            @Value("#{jobParameters['outbox']}") String outbox, SubmissionStore store, KnownFiles known,
            PlatformTransactionManager transactionManager, PlannerStatistics statistics) {
        return new IntakeWriter(store, known, quarantine(reports), outbox(reports, outbox), transactionManager,
                statistics);
    }

    private static Quarantine quarantine(String reports) {
        return new Quarantine(Path.of(reports).resolve("quarantine"));
    }

    private static Outbox outbox(String reports, String outbox) {
        return new Outbox(outbox == null || outbox.isBlank() ? Path.of(reports).resolve("outbox") : Path.of(outbox));
    }
}
