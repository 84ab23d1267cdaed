package se.sif.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules every template keeps, read from the template files themselves. */
class TemplateConventionsTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /**
     * Elements a fragment selector of the same name would also match (as "textarea" once
     * did).
     */
    static final Set<String> ELEMENTS = Set.of("a", "abbr", "b", "body", "button", "caption", "code", "col", "dd",
            "details", "dialog", "div", "dl", "dt", "em", "fieldset", "footer", "form", "h1", "h2", "h3", "h4", "head",
            "header", "html", "i", "img", "input", "label", "legend", "li", "link", "main", "meta", "nav", "ol",
            "option", "p", "pre", "script", "section", "select", "small", "span", "strong", "style", "summary", "svg",
            "table", "tbody", "td", "text", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "ul");

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void noTemplateDecidesByRoleName() throws IOException {
        Pattern comparison = Pattern.compile(
                "role\\.name\\(\\)\\s*[!=]=|[!=]=\\s*'(OFFICER|ASSESSOR|STEERING|BOARD|APPLICANT|PROJECT_LEADER|ADMIN)'"
                        + "|\\{\\s*'(OFFICER|ASSESSOR|STEERING|BOARD|APPLICANT|PROJECT_LEADER|ADMIN)'");
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            List<String> lines = Files.readAllLines(template);
            for (int i = 0; i < lines.size(); i++) {
                if (comparison.matcher(lines.get(i)).find()) {
                    found.add(TEMPLATES.relativize(template) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(found).as("pages ask the services what the user may do (@may.to, capability flags)").isEmpty();
    }

    @Test
    void noFragmentIsNamedLikeAnHtmlElement() throws IOException {
        Pattern fragment = Pattern.compile("th:fragment=\"([a-zA-Z0-9]+)");
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = fragment.matcher(Files.readString(template));
            while (m.find()) {
                if (ELEMENTS.contains(m.group(1).toLowerCase())) {
                    found.add(TEMPLATES.relativize(template) + " :: " + m.group(1));
                }
            }
        }
        assertThat(found).as("a selector of such a fragment also matches every element of that name in its file")
            .isEmpty();
    }

}
