package vn.genderstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.genderstats.testing.Cli;

class CommandLineHelpTest {

    @Test
    void topHelpListsEveryCommandAndTheExitCodes() {
        Cli.Run run = Cli.run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("nightly", "ingest", "aggregate", "report")
                .contains("0   success", "1   failure", "2   bad usage", "3   finished, but some input files were rejected");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nightly", "ingest", "aggregate", "report"})
    void everyCommandDescribesItsOptions(String command) {
        Cli.Run run = Cli.run(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: genderstats " + command).contains("--out=DIR").contains("--jobs=DIR");
    }

    @Test
    void anUnknownOptionIsABadUsage() {
        Cli.Run run = Cli.run("nightly", "--inbx", "x");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("'--inbx'").contains("Possible solutions: --inbox");
    }

    @Test
    void aMalformedPeriodIsABadUsageBeforeAnyWorkStarts() {
        Cli.Run run = Cli.run("aggregate", "--period", "2024-H3");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("period must look like 2024 or 2024S1");
    }
}
