package se.sif.call;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A call's text, written in Markdown by an officer, as HTML for the call's page. Raw HTML
 * in the text is shown as text and link targets other than http, https and mailto are
 * dropped, so whatever is typed cannot run script on the page.
 */
@Component
class CallText {

    private final Parser parser = Parser.builder().build();

    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    String html(@Nullable String markdown) {
        return markdown == null || markdown.isBlank() ? "" : renderer.render(parser.parse(markdown));
    }

}
