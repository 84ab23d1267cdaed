package se.sif.application;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The PDF copy of an application as submitted, kept with its receipt: the template
 * {@code application/pdf} (well-formed XHTML, Swedish, with a title and headings; the
 * answers are the fragment {@code application/check :: answers}, as the applicant checked
 * them) turned into a tagged PDF (PDF/UA) with its font embedded, its title and language
 * set.
 *
 * <p>
 * The font is Liberation Sans, which PDFBox ships in its jar: loaded from the classpath,
 * so the PDF is the same on every machine, whatever fonts the server has.
 */
@Component
class ApplicationPdf {

    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    static final String FONT_FAMILY = "Liberation Sans";

    /** The registered document is Swedish, whatever language the submitter reads. */
    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final ITemplateEngine templates;

    private final ApplicationContext context;

    private final byte[] font;

    private final TaskLists taskLists;

    ApplicationPdf(ITemplateEngine templates, ApplicationContext context, TaskLists taskLists) {
        this.taskLists = taskLists;
        this.templates = templates;
        this.context = context;
        try (InputStream in = ApplicationPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("the PDF font is missing from the classpath: " + FONT);
            }
            this.font = withoutGlyphSubstitution(in.readAllBytes());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font without its glyph substitution table (GSUB): PDFBox applies it to every
     * string it writes with a regular expression compiled per string, which made the PDF
     * most of a submission's cost (a profile of the deadline rush: half the server's
     * CPU). For Swedish text GSUB only joins ligatures such as "fi", which a PDF reader's
     * text extraction and a screen reader are better without. The table's record is taken
     * out of the font's table directory; the tables themselves stay where they are (their
     * offsets are from the start of the file), so every other table reads as before.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        java.nio.ByteBuffer font = java.nio.ByteBuffer.wrap(ttf.clone());
        int tables = Short.toUnsignedInt(font.getShort(4));
        int directory = 12;
        int found = -1;
        for (int i = 0; i < tables; i++) {
            if (font.getInt(directory + 16 * i) == GSUB) {
                found = i;
            }
        }
        if (found < 0) {
            return font.array();
        }
        byte[] bytes = font.array();
        int from = directory + 16 * (found + 1);
        System.arraycopy(bytes, from, bytes, from - 16, directory + 16 * tables - from);
        java.util.Arrays.fill(bytes, directory + 16 * (tables - 1), directory + 16 * tables, (byte) 0);
        int remaining = tables - 1;
        int power = Integer.highestOneBit(remaining);
        font.putShort(4, (short) remaining);
        font.putShort(6, (short) (power * 16));
        font.putShort(8, (short) Integer.numberOfTrailingZeros(power));
        font.putShort(10, (short) (remaining * 16 - power * 16));
        return bytes;
    }

    private static final int GSUB = ('G' << 24) | ('S' << 16) | ('U' << 8) | 'B';

    /** The XHTML the PDF is made of, written in Swedish. */
    String html(ApplicationView application, ApplicationReceipt receipt, String submitterName) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        // the formatters of the templates (@sek) write in the language of the thread
        LocaleContextHolder.setLocale(SWEDISH);
        try {
            Context model = new Context(SWEDISH);
            model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                    new ThymeleafEvaluationContext(context,
                            context.getBeanProvider(ConversionService.class).getIfAvailable()));
            model.setVariable("app", application);
            model.setVariable("receipt", receipt);
            model.setVariable("submitter", submitterName);
            // the answers as the check-your-answers page shows them, section by section
            TaskLists.Answers answers = taskLists.answers(application);
            model.setVariable("tasks", answers.tasks());
            model.setVariable("typeQuestions", answers.typeQuestions());
            model.setVariable("names", answers.names());
            return templates.process("application/pdf", model);
        }
        finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    /** The XHTML of {@link #html} as a tagged PDF. */
    byte[] toPdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        // one face for every weight: bold text is set in the same embedded font, never in
        // a
        // base font the PDF would not carry
        for (int weight : new int[] { 400, 700 }) {
            builder.useFont(() -> new java.io.ByteArrayInputStream(font), FONT_FAMILY, weight,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
        }
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

}
