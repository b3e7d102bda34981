package vn.genderstats.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The portal speaks both languages everywhere: the same keys in Vietnamese and English, and every key a page uses. */
class PortalMessagesTest {

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyThePagesNameExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("#\\{([a-zA-Z.0-9-]+)[}(]");
        try (Stream<Path> pages = Files.list(Path.of("src/main/resources/templates"))) {
            for (Path page : pages.toList()) {
                Matcher m = key.matcher(Files.readString(page));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/portal", name)),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
