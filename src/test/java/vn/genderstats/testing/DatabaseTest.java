package vn.genderstats.testing;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import vn.genderstats.GenderstatsApplication;

/**
 * Base of every test that touches the database: it runs on H2 and again on PostgreSQL (tag
 * "database"). The static block points Spring at the chosen database before any context starts.
 */
@Tag("database")
@SpringBootTest(classes = GenderstatsApplication.class)
public abstract class DatabaseTest {

    static {
        TestDatabase.configure();
    }
}
