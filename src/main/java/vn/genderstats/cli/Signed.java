package vn.genderstats.cli;

import picocli.CommandLine.Option;

/** Who takes an approval decision: recorded with it, so required. */
class Signed {

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who decides (recorded with the decision).")
    String by;
}
