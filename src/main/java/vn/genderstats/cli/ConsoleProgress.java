package vn.genderstats.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import vn.genderstats.generate.FormGenerator;
import vn.genderstats.ingest.IngestProgress;

/** A progress bar on an interactive console; silent when output goes to a file or a pipe (cron, CI). */
final class ConsoleProgress implements FormGenerator.Progress, IngestProgress.Listener, AutoCloseable {

    private final String task;
    private ProgressBar bar;

    ConsoleProgress(String task) {
        this.task = task;
    }

    @Override
    public void start(long total) {
        if (interactive()) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(300).setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }
    }

    /**
     * JDK 22+ returns a console even when output is redirected and says so through isTerminal();
     * JDK 21 returns none then. Asked reflectively because the build targets 21.
     */
    static boolean interactive() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
