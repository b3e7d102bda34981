package vn.genderstats.cli;

import picocli.CommandLine.Option;

/** Why a decision that lifts a rule (a waiver, a reopening) was taken: recorded with it, so required. */
class Reasoned {

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (recorded with the decision).")
    String reason;
}
