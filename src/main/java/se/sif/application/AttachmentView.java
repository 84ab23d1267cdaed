package se.sif.application;

import java.time.Instant;

/**
 * An application's attachment as shown and listed: the name the applicant gave it, the
 * type found in its content, its size and SHA-256 (to check a copy against), and who
 * added it when.
 */
public record AttachmentView(long id, long applicationId, String fileName, AttachmentType type, String mediaType,
        long sizeBytes, String sha256, String uploadedBy, String uploadedByName, Instant uploadedAt) {
}
