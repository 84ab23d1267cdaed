package se.sif.jobs;

/** A job's file result, for download. */
public record JobFile(String fileName, String contentType, byte[] content) {
}
