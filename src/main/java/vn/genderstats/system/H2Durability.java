package vn.genderstats.system;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The embedded database writes its file when each transaction ends ({@code WRITE_DELAY=0} added to an H2 URL that
 * does not set it), not every half second in the background as H2 does by default. Killed with two transactions
 * open (ingest's two threads), H2 2.5.252 lost rows of a transaction committed before the kill, and left index
 * entries without their rows ("Row not found in primary index"): in 6 of 8 kills of a stand-alone reproduction. With
 * the setting two writers still came back with part of a transaction in 4 of 72 kills, one writer in none of 79: on
 * H2 ingest writes with one thread (IngestJobConfiguration.writers; KilledWriterTest). A URL setting, since H2 does
 * not keep {@code SET WRITE_DELAY} across openings of the file.
 */
final class H2Durability implements BeanPostProcessor {

    static String url(String configured) {
        if (configured == null || !configured.startsWith("jdbc:h2:")
                || configured.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) {
            return configured;
        }
        return configured + ";WRITE_DELAY=0";
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            pool.setJdbcUrl(url(pool.getJdbcUrl()));
        }
        return bean;
    }
}
