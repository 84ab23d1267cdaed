package se.sif.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Audit texts keep language-neutral amounts; the reader sees them in their own language.
 */
class SekFormatterTest {

    private final SekFormatter sek = new SekFormatter();

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void auditAmountsAreShownTheWaySwedishWritesThem() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("sv-SE"));
        assertThat(normal(sek.auditText("GRANT SEK 1,400,000"))).isEqualTo("GRANT 1 400 000 kr");
        assertThat(normal(sek.auditText("transaction 7, 2015: SEK 78.50 to AVAILABLE")))
            .isEqualTo("transaction 7, 2015: 78,50 kr to AVAILABLE");
        assertThat(sek.auditText("formal=true, grade=1")).isEqualTo("formal=true, grade=1");
        assertThat(sek.auditText(null)).isEmpty();
    }

    @Test
    void andTheWayEnglishWritesThem() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(sek.auditText("RUN 612-0001-26: SEK 3,000,000")).isEqualTo("RUN 612-0001-26: SEK 3,000,000");
    }

    private static String normal(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

}
