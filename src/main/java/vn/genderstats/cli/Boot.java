package vn.genderstats.cli;

import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import vn.genderstats.GenderstatsApplication;

/**
 * Starts the application context for one command. The command's options go first among the property
 * sources: an option given on the command line beats application.yaml and the environment.
 */
final class Boot {

    private Boot() {
    }

    static ConfigurableApplicationContext start(Map<String, Object> options) {
        return new SpringApplicationBuilder(GenderstatsApplication.class)
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("command-line options", options)))
                .logStartupInfo(false)
                .run();
    }
}
