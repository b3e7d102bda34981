package vn.genderstats.cli;

/** Exit codes operators script against. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    /** Finished, but some input files were rejected: see reports/quarantine and the summary. */
    public static final int REJECTED_FILES = 3;
    /** nightly: another nightly run holds the database lock; this one did nothing. */
    public static final int ALREADY_RUNNING = 4;
    /** approval, export: the approval order does not allow it (e.g. a child not yet approved). */
    public static final int REFUSED = 5;

    private ExitCodes() {
    }
}
