package se.sif.shared.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file offered for download (never shown inline), with a file name that may hold å, ä
 * and ö.
 */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(byte[] body, String contentType, String fileName) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        }
        catch (RuntimeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
            .contentType(type)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
            .body(body);
    }

}
