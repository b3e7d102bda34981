package vn.genderstats.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The floor of reading and loading: {@link StaxFloor} on every file, and the same numeric cells streamed into
 * PostgreSQL with COPY, one connection per worker, one COPY per worker's share.
 */
public final class FloorLoad {

    private static final String TABLE = "bench_floor_value";

    private final DataSource postgres;
    private final int threads;

    public FloorLoad(DataSource postgres, int threads) {
        this.postgres = postgres;
        this.threads = threads;
    }

    /** Parsing only: unzip + StAX, values counted and dropped. */
    public long parse(List<Path> files) throws Exception {
        return ParallelFiles.run(files, threads, share -> {
            StaxFloor floor = new StaxFloor();
            long values = 0;
            for (Path file : share) {
                values += floor.read(file, (sheet, ref, number) -> { });
            }
            return values;
        });
    }

    /** Parsing and COPY of every numeric cell (file, sheet, cell, number) into a fresh table. */
    public long parseAndCopy(List<Path> files) throws Exception {
        try (Connection c = postgres.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists " + TABLE);
            s.execute("create table " + TABLE + " (file_path text not null, sheet_entry text not null, "
                    + "cell_ref text not null, amount numeric not null)");
        }
        return ParallelFiles.run(files, threads, share -> {
            StaxFloor floor = new StaxFloor();
            try (Connection c = postgres.getConnection()) {
                c.setAutoCommit(false);
                CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy " + TABLE + " from stdin (format text)");
                long values = 0;
                StringBuilder rows = new StringBuilder(8192);
                for (Path file : share) {
                    String name = file.toString();
                    values += floor.read(file, (sheet, ref, number) -> rows.append(name).append('\t').append(sheet)
                            .append('\t').append(ref).append('\t').append(number).append('\n'));
                    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    rows.setLength(0);
                }
                copy.endCopy();
                c.commit();
                return values;
            }
        });
    }
}
