package vn.genderstats.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Splits the files into one contiguous share per worker, as genderstats' partitioned ingest does, and adds up
 * what the workers return.
 */
final class ParallelFiles {

    /** Works through one share of the files and returns how many values it handled. */
    @FunctionalInterface
    interface Worker {
        long work(List<Path> share) throws Exception;
    }

    private ParallelFiles() {
    }

    static long run(List<Path> files, int threads, Worker worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> shares = new ArrayList<>();
            int size = (files.size() + threads - 1) / threads;
            for (int from = 0; from < files.size(); from += size) {
                List<Path> share = files.subList(from, Math.min(files.size(), from + size));
                shares.add(pool.submit(() -> worker.work(share)));
            }
            long total = 0;
            for (Future<Long> share : shares) {
                total += share.get();
            }
            return total;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            pool.shutdownNow();
        }
    }
}
