package vn.genderstats.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The loader most Spring Batch projects would write first: POI's whole-workbook model for every file, and
 * every numeric cell upserted with a JDBC batch per workbook. Opened read-only: the one-argument
 * {@code WorkbookFactory.create(File)} would rewrite the inbox file on close.
 */
public final class NaiveBaseline {

    private static final String TABLE = "bench_naive_value";

    private final DataSource postgres;
    private final int threads;

    public NaiveBaseline(DataSource postgres, int threads) {
        this.postgres = postgres;
        this.threads = threads;
    }

    public long load(List<Path> files) throws Exception {
        try (Connection c = postgres.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists " + TABLE);
            s.execute("create table " + TABLE + " (file_path text not null, sheet_name text not null, "
                    + "cell_ref text not null, amount numeric not null, primary key (file_path, sheet_name, cell_ref))");
        }
        return ParallelFiles.run(files, threads, share -> {
            long values = 0;
            try (Connection c = postgres.getConnection(); PreparedStatement upsert = c.prepareStatement(
                    "insert into " + TABLE + " (file_path, sheet_name, cell_ref, amount) values (?, ?, ?, ?) "
                            + "on conflict (file_path, sheet_name, cell_ref) do update set amount = excluded.amount")) {
                c.setAutoCommit(false);
                for (Path file : share) {
                    values += upsertWorkbook(file, upsert);
                    upsert.executeBatch();
                    c.commit();
                }
            }
            return values;
        });
    }

    private static long upsertWorkbook(Path file, PreparedStatement upsert) throws Exception {
        long values = 0;
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            upsert.setString(1, file.toString());
                            upsert.setString(2, sheet.getSheetName());
                            upsert.setString(3, cell.getAddress().formatAsString());
                            upsert.setBigDecimal(4, java.math.BigDecimal.valueOf(cell.getNumericCellValue()));
                            upsert.addBatch();
                            values++;
                        }
                    }
                }
            }
        }
        return values;
    }
}
