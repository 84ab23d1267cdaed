package se.sif.application;

import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import se.sif.shared.DomainException;

/**
 * An attachment larger than {@code sif.attachments.max-size}: a broken rule on the field
 * {@code file}, which the API answers as 413 (Content Too Large) rather than 422.
 */
public class AttachmentTooLargeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public AttachmentTooLargeException(long maxSize) {
        super(List.of("file"), "attachment.error.tooLarge",
                AttachmentSizes.format(maxSize, LocaleContextHolder.getLocale()));
    }

}
