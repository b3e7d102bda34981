package vn.genderstats.system;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({GenderstatsProperties.class, OfficeTime.class})
class SystemConfiguration {

    /** How long a command waits on H2 for another to finish creating or migrating the schema. */
    private static final int H2_MIGRATION_WAIT_MILLIS = 10 * 60 * 1000;

    /** See {@link H2Durability}; static, since it must see the pool before the pool is made. */
    @Bean
    static BeanPostProcessor h2Durability() {
        return new H2Durability();
    }

    /** The one clock, in the office's zone (Viet Nam time unless configured); tests replace it to fix "today". */
    @Bean
    Clock clock(OfficeTime time) {
        return Clock.system(time.zone());
    }

    /**
     * Two commands started together on a new H2 file: the first migrates the schema, locking Flyway's history table,
     * and H2 gave the second up after its lock timeout of 2 s ("Timeout trying to lock table flyway_schema_history")
     * where the migrations took longer on a busy machine. On H2 Flyway's sessions now wait up to ten minutes, and
     * once the migrations are done the pool lets go of every session it had lent, so that none keeps the ten minutes
     * (Flyway borrows more than one; a pooled session that kept them turned a broken index after a killed run, which
     * H2 retries until its lock timeout, into a ten-minute spin: PooledLockTimeoutTest). On PostgreSQL Flyway waits on an advisory lock already.
     */
    @Bean
    FlywayConfigurationCustomizer h2MigrationsWaitForEachOther(Environment environment, DataSource dataSource) {
        return configuration -> {
            if (!environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:")) {
                return;
            }
            Callback giveBack = new BaseCallback() {
                @Override
                public boolean supports(Event event, Context context) {
                    return event == Event.AFTER_MIGRATE || event == Event.AFTER_MIGRATE_ERROR;
                }

                @Override
                public void handle(Event event, Context context) {
                    try {
                        // Closed at once, or when given back if in use; opened afresh, with H2's timeout, when needed.
                        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException("Could not reset H2's lock timeout after the migrations", e);
                    }
                }
            };
            configuration.initSql("set lock_timeout " + H2_MIGRATION_WAIT_MILLIS)
                    .callbacks(Stream.concat(Arrays.stream(configuration.getCallbacks()), Stream.of(giveBack))
                            .toArray(Callback[]::new));
        };
    }
}
