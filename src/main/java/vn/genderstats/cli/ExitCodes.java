package vn.genderstats.cli;

/** Exit codes operators script against. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    /** Finished, but some input files were rejected: see reports/quarantine and the summary. */
    public static final int REJECTED_FILES = 3;

    private ExitCodes() {
    }
}
