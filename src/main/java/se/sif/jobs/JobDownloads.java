package se.sif.jobs;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.sif.shared.NotFoundException;

/** A job's file as a download (never shown inline), for the page and the API. */
final class JobDownloads {

    private JobDownloads() {
    }

    static ResponseEntity<byte[]> download(BackgroundJobs jobs, long id) {
        JobFile file = jobs.file(id).orElseThrow(() -> new NotFoundException("job file", id));
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.contentType());
        } catch (RuntimeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
