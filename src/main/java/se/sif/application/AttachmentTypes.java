package se.sif.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.jspecify.annotations.Nullable;

/**
 * What a file really is, judged by its content alone: the name and the type the browser
 * claims are the sender's word, and a program renamed {@code .pdf} must not reach the
 * fund's staff as a "PDF".
 *
 * <p>
 * Tika's magic bytes tell a PDF from an executable, a web page or an old Office file.
 * Office Open XML and OpenDocument files are all ZIP archives, which Tika's core tells
 * apart only with the container detectors of its parser modules (they bring a large set
 * of parsers along); the two facts that decide are small, so they are read here: an
 * OpenDocument file names its type in its first entry {@code mimetype}, an OOXML package
 * names its main part's type in {@code [Content_Types].xml}, where a macro-enabled
 * workbook or document says so ({@code macroEnabled}). Only those two entries are read,
 * each at most {@link #MAX_ENTRY} bytes, so an archive built to expand without end ("zip
 * bomb") is never expanded.
 */
final class AttachmentTypes {

    /** What the content is: one of the accepted types, or the type found and refused. */
    record Detected(@Nullable AttachmentType accepted, String mediaType, boolean macros) {

        /** A name for the refused type people recognise (Tika's description). */
        String description() {
            try {
                String description = MimeTypes.getDefaultMimeTypes().forName(mediaType).getDescription();
                return description == null || description.isBlank() ? mediaType : description + " (" + mediaType + ")";
            }
            catch (MimeTypeException e) {
                return mediaType;
            }
        }

    }

    private static final Tika TIKA = new Tika();

    private static final int MAX_ENTRY = 512 * 1024;

    /** Archives with more entries are no office document SIF accepts. */
    private static final int MAX_ENTRIES = 10_000;

    private static final Pattern MAIN_PART = Pattern.compile(
            "PartName=\"/(?:xl/workbook|word/document)\\.xml\"\\s+ContentType=\"([^\"]+)\"|ContentType=\"([^\"]+)\"\\s+PartName=\"/(?:xl/workbook|word/document)\\.xml\"");

    private AttachmentTypes() {
    }

    static Detected detect(byte[] content) {
        if (isZip(content)) {
            return container(content);
        }
        String mediaType = TIKA.detect(content);
        return new Detected(AttachmentType.ofMediaType(mediaType).orElse(null), mediaType, false);
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static Detected container(byte[] content) {
        String odfType = null;
        String contentTypes = null;
        boolean vbaProject = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && ++entries <= MAX_ENTRIES) {
                String name = entry.getName();
                if (name.equals("mimetype")) {
                    odfType = read(zip).strip();
                }
                else if (name.equals("[Content_Types].xml")) {
                    contentTypes = read(zip);
                }
                else if (name.toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin")) {
                    vbaProject = true;
                }
            }
        }
        catch (IOException | IllegalArgumentException e) {
            // a broken archive is no document anyone can open
            return new Detected(null, "application/zip", false);
        }
        if (odfType != null) {
            return new Detected(AttachmentType.ofMediaType(odfType).orElse(null), odfType, false);
        }
        if (contentTypes != null) {
            Matcher main = MAIN_PART.matcher(contentTypes);
            if (main.find()) {
                String part = main.group(1) != null ? main.group(1) : main.group(2);
                return ooxml(part, vbaProject || contentTypes.contains("vbaProject"));
            }
        }
        return new Detected(null, "application/zip", false);
    }

    /** The package's type from its main part's content type. */
    private static Detected ooxml(String mainPart, boolean vbaProject) {
        if (mainPart.contains("macroEnabled")) {
            String type = mainPart.startsWith("application/vnd.ms-excel")
                    ? "application/vnd.ms-excel.sheet.macroEnabled.12"
                    : "application/vnd.ms-word.document.macroEnabled.12";
            return new Detected(null, type, true);
        }
        AttachmentType type = switch (mainPart) {
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" -> AttachmentType.XLSX;
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" ->
                AttachmentType.DOCX;
            default -> null;
        };
        if (type == null) {
            // a template or another package: named by its main part, without the suffix
            return new Detected(null, mainPart.replace(".main+xml", ""), false);
        }
        // a plain workbook that still carries a VBA project is a macro file renamed
        return vbaProject ? new Detected(null, type.mediaType(), true) : new Detected(type, type.mediaType(), false);
    }

    private static String read(InputStream entry) throws IOException {
        byte[] bytes = entry.readNBytes(MAX_ENTRY);
        return new String(bytes, StandardCharsets.UTF_8);
    }

}
