package vn.genderstats.hierarchy;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lock under which the reference data from jobs/ is checked and loaded, held until the caller's transaction
 * ends, so that a second command started at the same moment waits for the first and then finds the data loaded.
 * On PostgreSQL a transaction advisory lock; on H2 the row 'reference-data' of reference_data_lock, selected FOR UPDATE
 * with the session's lock timeout raised while it waits (H2 gives up after 2 s by default, and loading the
 * hierarchy takes longer).
 */
final class ReferenceDataLock {

    /** "refdat" in ASCII; the nightly run's key is "gender". */
    private static final long ADVISORY_KEY = 0x726566646174L;
    /** How long a command waits on H2 for another to finish loading. */
    static final int H2_WAIT_MILLIS = 10 * 60 * 1000;

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    ReferenceDataLock(JdbcTemplate jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    /** Waits for the lock; call inside the transaction that loads. */
    void acquire() {
        if (postgres) {
            jdbc.query("select pg_advisory_xact_lock(" + ADVISORY_KEY + ")", rs -> null);
            return;
        }
        Integer before = jdbc.queryForObject("select lock_timeout()", Integer.class);
        jdbc.execute("set lock_timeout " + H2_WAIT_MILLIS);
        try {
            if (jdbc.queryForList("select lock_name from reference_data_lock where lock_name = 'reference-data' for update",
                    String.class).isEmpty()) {
                throw new IllegalStateException("The row 'reference-data' of reference_data_lock is missing (migration V10).");
            }
        } finally {
            jdbc.execute("set lock_timeout " + (before == null ? 2000 : before));
        }
    }
}
