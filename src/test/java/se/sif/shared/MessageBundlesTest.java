package se.sif.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
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

/** Swedish and English say the same things, and every message a template names exists. */
class MessageBundlesTest {

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
            .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyLiteralMessageKeyInTheTemplatesExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9.]*)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

}
