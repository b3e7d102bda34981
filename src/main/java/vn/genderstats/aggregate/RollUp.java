package vn.genderstats.aggregate;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.catalog.Indicator;

/**
 * Adds the current submissions up the hierarchy, in SQL: every data element is summed over each unit's
 * subtree (the unit itself included) through the unit_ancestor closure, then every indicator is
 * recomputed from those sums. A (version, period) is recomputed whole in one transaction.
 */
@Component
public class RollUp {

    private static final Logger log = LoggerFactory.getLogger(RollUp.class);

    private static final String SUM_DATA_ELEMENTS = """
            insert into aggregate_value (version_id, unit_code, period, data_element, disagg, amount, units_reporting)
            select s.version_id, a.ancestor_code, s.period, o.data_element, o.disagg,
                   sum(o.amount), count(distinct s.unit_code)
            from current_submission s
            join observation o on o.submission_id = s.submission_id
            join unit_ancestor a on a.version_id = s.version_id and a.unit_code = s.unit_code
            where s.version_id = ? and s.period = ? and o.amount is not null
            group by s.version_id, a.ancestor_code, s.period, o.data_element, o.disagg
            """;

    public record Slice(String versionId, String period) {
    }

    public record Result(Slice slice, int aggregateRows, int indicatorRows, long millis) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Catalog catalog;

    RollUp(JdbcTemplate jdbc, TransactionTemplate tx, Catalog catalog) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.catalog = catalog;
    }

    /** Every (hierarchy version, period) that has at least one submission. */
    public List<Slice> slicesWithData() {
        return jdbc.query("select distinct version_id, period from submission order by version_id, period",
                (rs, i) -> new Slice(rs.getString(1), rs.getString(2)));
    }

    public Result run(Slice slice) {
        long start = System.nanoTime();
        int[] rows = tx.execute(status -> {
            jdbc.update("delete from indicator_result where version_id = ? and period = ?", slice.versionId(), slice.period());
            jdbc.update("delete from aggregate_value where version_id = ? and period = ?", slice.versionId(), slice.period());
            int aggregates = jdbc.update(SUM_DATA_ELEMENTS, slice.versionId(), slice.period());
            int indicators = 0;
            for (Indicator indicator : catalog.indicators()) {
                indicators += jdbc.update(IndicatorSql.insert(indicator), slice.versionId(), slice.period());
            }
            return new int[] {aggregates, indicators};
        });
        Result result = new Result(slice, rows[0], rows[1], (System.nanoTime() - start) / 1_000_000);
        log.info("Rolled up {} {}: {} aggregate rows, {} indicator rows in {} ms", slice.versionId(), slice.period(),
                result.aggregateRows(), result.indicatorRows(), result.millis());
        return result;
    }
}
