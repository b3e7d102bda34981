package vn.genderstats.cli;

import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A command that throws prints the cause an operator can act on (a broken catalogue names its entry, an
 * unreachable database or a folder that cannot be written says so, in both languages) instead of a stack trace;
 * the trace goes to the log file.
 */
class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        String text = "genderstats " + commandLine.getCommandName() + ": " + Failures.explain(e, Boot.databaseUrl())
                + " " + exitCode(ExitCodes.FAILURE);
        LoggerFactory.getLogger(FailureHandler.class).error(text, e);
        commandLine.getErr().println(text);
        return ExitCodes.FAILURE;
    }

    static String exitCode(int code) {
        return "(exit code " + code + " / mã thoát " + code + ")";
    }
}
