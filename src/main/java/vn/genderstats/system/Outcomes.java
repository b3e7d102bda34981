package vn.genderstats.system;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The result of work done on another thread, as if it had been done on this one. */
public final class Outcomes {

    private Outcomes() {
    }

    /**
     * Waits for {@code future}: what the work threw is thrown again (a checked exception wrapped); an interrupted
     * wait keeps the thread's interrupt and says {@code interrupted}.
     */
    public static <T> T await(Future<T> future, String interrupted) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted, e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException r -> throw r;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }
}
