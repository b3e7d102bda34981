package vn.genderstats.cli;

import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A command that throws prints the cause an operator can act on (a broken catalogue names its entry,
 * an unreachable database says so) instead of a stack trace; the trace goes to the log file.
 */
class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        LoggerFactory.getLogger(FailureHandler.class).error("{} failed", commandLine.getCommandName(), e);
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        commandLine.getErr().println("genderstats " + commandLine.getCommandName() + ": failed / thất bại: "
                + root.getMessage());
        return ExitCodes.FAILURE;
    }
}
