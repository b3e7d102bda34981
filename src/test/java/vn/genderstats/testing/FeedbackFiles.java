package vn.genderstats.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The feedback workbooks a run wrote to its outbox: how many, and waiting for a running child to write some. */
public final class FeedbackFiles {

    private static final String SUFFIX = ".feedback.xlsx";

    private FeedbackFiles() {
    }

    public static long count(Path outbox) throws IOException {
        if (!Files.isDirectory(outbox)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(outbox)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).count();
        }
    }

    /** Returns once {@code atLeast} are written; fails if the child ends first or five minutes pass. */
    public static void awaitAtLeast(Path outbox, int atLeast, Process running) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline && running.isAlive()) {
            try {
                if (count(outbox) >= atLeast) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // The child renamed a workbook's .part file while the walk listed it: count again.
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child wrote fewer than " + atLeast + " feedback workbooks before it ended");
    }
}
