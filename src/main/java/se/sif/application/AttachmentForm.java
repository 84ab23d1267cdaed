package se.sif.application;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The attachment upload form on the application page: one file field. A browser never
 * shows a chosen file again, so the form has nothing to carry back; it exists so the
 * field's errors have a field to sit beside.
 */
public class AttachmentForm {

    public @Nullable MultipartFile getFile() {
        return null;
    }

}
