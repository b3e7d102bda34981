package vn.genderstats;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import picocli.CommandLine;
import vn.genderstats.cli.GenderstatsCommand;

/**
 * Entry point: the command line is parsed first, so {@code --help} and usage errors answer at once;
 * a subcommand that does work starts the Spring context itself.
 */
@SpringBootApplication
public class GenderstatsApplication {

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(GenderstatsCommand.commandLine().execute(args));
    }
}
