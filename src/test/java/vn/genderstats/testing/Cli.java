package vn.genderstats.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import vn.genderstats.cli.GenderstatsCommand;

/** Runs the real command line in-process and keeps what it printed. */
public final class Cli {

    public record Run(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    /**
     * Runs a command as {@link ProvinceTest}s see the world: on their database, with the office files of
     * {@link ProvinceOffice} ({@code --jobs} added after the command's name). The database is named by system
     * property, as for every context the tests start, for the time of the command only; tests run one at a time.
     */
    public static synchronized Run inProvinces(String... args) {
        String url = System.getProperty("spring.datasource.url");
        System.setProperty("spring.datasource.url", TestDatabase.provincesUrl());
        try {
            String[] withJobs = new String[args.length + 2];
            withJobs[0] = args[0];
            withJobs[1] = "--jobs";
            withJobs[2] = ProvinceOffice.jobs().toString();
            System.arraycopy(args, 1, withJobs, 3, args.length - 1);
            return run(withJobs);
        } finally {
            System.setProperty("spring.datasource.url", url);
        }
    }

    public static synchronized Run run(String... args) {
        TestDatabase.configure();
        CommandLine cl = GenderstatsCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
