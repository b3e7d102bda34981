package vn.genderstats.testing;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.genderstats.GenderstatsApplication;

/**
 * Base of the database tests that need a few provinces, not the nation (see {@link ProvinceOffice}): their own
 * database, of the kind under test, loaded with the cut-down lists once per run, and one Spring context shared by
 * all of them. Commands they run go through {@link Cli#inProvinces}.
 */
@Tag("database")
@SpringBootTest(classes = GenderstatsApplication.class)
public abstract class ProvinceTest {

    static {
        TestDatabase.configure();
    }

    @DynamicPropertySource
    static void provinceOffice(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::provincesUrl);
        registry.add("genderstats.jobs", () -> ProvinceOffice.jobs().toString());
    }
}
