package vn.genderstats.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The inbox the commands that take in units' files read. */
class InboxFolder {

    @Option(names = "--inbox", paramLabel = "DIR", defaultValue = "sample-input",
            description = "Folder of units' workbooks, one subfolder per unit (default: ${DEFAULT-VALUE}).")
    Path inbox;
}
