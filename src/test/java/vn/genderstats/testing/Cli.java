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

    public static Run run(String... args) {
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
