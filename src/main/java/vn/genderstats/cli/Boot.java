package vn.genderstats.cli;

import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.genderstats.GenderstatsApplication;

/** Starts the application context for one command, with the command's options as properties. */
final class Boot {

    private Boot() {
    }

    static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return new SpringApplicationBuilder(GenderstatsApplication.class)
                .properties(properties)
                .logStartupInfo(false)
                .run();
    }
}
