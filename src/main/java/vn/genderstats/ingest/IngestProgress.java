package vn.genderstats.ingest;

import java.nio.file.Path;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Tells whoever listens (the command line's progress bar) how many inbox files there are and each time
 * one is done, whatever happened to it. Nobody listening costs nothing.
 */
@Component
public class IngestProgress implements StepExecutionListener {

    /** The same two calls as the generator's progress, so one console bar serves both. */
    public interface Listener {
        void start(long total);

        void step();
    }

    private static final Listener NOBODY = new Listener() {
        @Override
        public void start(long total) {
        }

        @Override
        public void step() {
        }
    };

    private volatile Listener listener = NOBODY;

    public void listen(Listener listener) {
        this.listener = listener == null ? NOBODY : listener;
    }

    /** Before the partitions start: counts the inbox the job was given. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        String inbox = stepExecution.getJobParameters().getString("inbox");
        if (inbox != null) {
            listener.start(new Inbox(Path.of(inbox)).files().size());
        }
    }

    void fileDone() {
        listener.step();
    }
}
