package se.sif.application;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The file types an application may carry (issue #9): documents and spreadsheets the
 * fund's staff open in their usual programs, none that can run code. The media type is
 * the one {@link AttachmentTypes} finds in the content; the extension is the one a file
 * of that type is named with.
 */
public enum AttachmentType {

    PDF("application/pdf", "pdf"),

    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),

    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),

    ODT("application/vnd.oasis.opendocument.text", "odt"),

    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods");

    private final String mediaType;

    private final String extension;

    AttachmentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    static Optional<AttachmentType> ofMediaType(@Nullable String mediaType) {
        for (AttachmentType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    static Optional<AttachmentType> ofExtension(String extension) {
        String lower = extension.toLowerCase(Locale.ROOT);
        for (AttachmentType type : values()) {
            if (type.extension.equals(lower)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

}
