package vn.genderstats.cli;

import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import vn.genderstats.GenderstatsApplication;

/** Starts the application context for one command. */
final class Boot {

    private Boot() {
    }

    /**
     * The command's options come first, before logging starts: as Spring's "default properties" they would lose
     * to application.yaml, so --jobs and --out (and the log file beside the reports) would be silently ignored.
     */
    static ConfigurableApplicationContext start(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("genderstats command line", Map.copyOf(properties)));
        return new SpringApplicationBuilder(GenderstatsApplication.class)
                .environment(environment)
                .logStartupInfo(false)
                .run();
    }
}
