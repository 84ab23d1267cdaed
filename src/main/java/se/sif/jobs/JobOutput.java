package se.sif.jobs;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of a job: JSON for a page or script to show, and/or a file to download.
 *
 * @param resultJson a JSON document, or null
 * @param file the file's bytes, or null
 * @param contentType the file's media type (e.g. {@code text/csv}), required with a file
 * @param fileName the name the file is downloaded under, required with a file
 */
public record JobOutput(@Nullable String resultJson, byte @Nullable [] file, @Nullable String contentType,
        @Nullable String fileName) {

    public JobOutput {
        if (file != null) {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(fileName, "fileName");
        }
    }

    public static JobOutput json(String resultJson) {
        return new JobOutput(resultJson, null, null, null);
    }

    public static JobOutput file(byte[] file, String contentType, String fileName) {
        return new JobOutput(null, file, contentType, fileName);
    }

    public static JobOutput none() {
        return new JobOutput(null, null, null, null);
    }

    public JobOutput withJson(String json) {
        return new JobOutput(json, file, contentType, fileName);
    }
}
