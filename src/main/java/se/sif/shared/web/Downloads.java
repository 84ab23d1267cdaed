package se.sif.shared.web;

import java.nio.charset.StandardCharsets;
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
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
            // a file opened in the browser would run with this site's origin: the type
            // given is the type, never a guess
            .header("X-Content-Type-Options", "nosniff")
            .body(body);
    }

    /**
     * RFC 6266: the name in UTF-8 ({@code filename*}, RFC 5987), and for the few clients
     * that read only {@code filename} the same name in plain ASCII (å as a, other
     * characters as _), since a header carries no other bytes reliably.
     */
    public static String disposition(String fileName) {
        String ascii = java.text.Normalizer.normalize(fileName, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + org.springframework.web.util.UriUtils.encode(fileName, StandardCharsets.UTF_8);
    }

}
