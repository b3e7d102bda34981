package vn.genderstats.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import vn.genderstats.period.Period;

/** Period options are checked before any work starts, so a typo is a usage error (exit 2). */
final class Periods {

    private Periods() {
    }

    static String canonical(String text, CommandSpec spec) {
        try {
            return Period.parse(text).code();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--period: " + e.getMessage());
        }
    }
}
