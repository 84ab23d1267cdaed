package se.sif.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * The PDF's font without glyph substitution: the same font in every other respect (each
 * table, each character's glyph and width), so the PDF looks the same while PDFBox no
 * longer runs its ligature substitution on every string.
 */
class ApplicationPdfFontTest {

    static byte[] original() throws IOException {
        try (InputStream in = ApplicationPdf.class.getResourceAsStream(ApplicationPdf.FONT)) {
            return in.readAllBytes();
        }
    }

    static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    @Test
    void theFontLosesOnlyItsGlyphSubstitution() throws IOException {
        byte[] bytes = original();
        try (TrueTypeFont before = parse(bytes);
                TrueTypeFont after = parse(ApplicationPdf.withoutGlyphSubstitution(bytes))) {
            assertThat(before.getGsubData()).isNotSameAs(GsubData.NO_DATA_FOUND);
            assertThat(after.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
            Set<String> tables = new HashSet<>(before.getTableMap().keySet());
            tables.remove("GSUB");
            assertThat(after.getTableMap().keySet()).containsExactlyInAnyOrderElementsOf(tables);
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
            for (char c : "Aa fi ffl åäö ÅÄÖ é – 0123456789 kr %".toCharArray()) {
                int glyph = before.getUnicodeCmapLookup().getGlyphId(c);
                assertThat(glyph).as("glyph of %s", c)
                    .isPositive()
                    .isEqualTo(after.getUnicodeCmapLookup().getGlyphId(c));
                assertThat(after.getAdvanceWidth(glyph)).isEqualTo(before.getAdvanceWidth(glyph));
            }
        }
        // the bytes it was given are left as they were
        assertThat(bytes).isEqualTo(original());
    }

    @Test
    void aFontWithoutGlyphSubstitutionIsLeftAsItIs() throws IOException {
        byte[] once = ApplicationPdf.withoutGlyphSubstitution(original());
        assertThat(ApplicationPdf.withoutGlyphSubstitution(once)).isEqualTo(once);
    }

}
