package se.sif.application;

/**
 * Where an attachment's content is kept, addressed by its SHA-256 (lower-case hex): the
 * same content is stored once, and what is read back can be checked against its address.
 * Writing the same content again is harmless. Content is never changed or deleted here: a
 * removed attachment stays in the record.
 */
interface AttachmentStore {

    /** The name stored with each attachment ({@code application_attachment.store}). */
    String name();

    void put(String sha256, byte[] content);

    byte[] get(String sha256);

}
