package se.sif.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * Contents as files in a directory ({@code sif.attachments.directory}), for installations
 * that keep large files out of the database: {@code ab/cd/abcd…} by SHA-256. A path is
 * made only from a checked 64-digit hexadecimal address, never from a file name, so no
 * upload can name a path outside the directory. A file is written under a temporary name
 * and moved into place, so a reader never sees half a file; if the transaction that
 * records the attachment then fails, the file stays unreferenced and harmless (the same
 * content would be stored under the same name).
 */
class FileSystemAttachmentStore implements AttachmentStore {

    static final String NAME = "filesystem";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path directory;

    FileSystemAttachmentStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void put(String sha256, byte[] content) {
        Path target = pathOf(sha256);
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
            try {
                Files.write(temporary, content);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                }
                catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            finally {
                Files.deleteIfExists(temporary);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot store attachment content " + sha256, e);
        }
    }

    @Override
    public byte[] get(String sha256) {
        try {
            return Files.readAllBytes(pathOf(sha256));
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read attachment content " + sha256, e);
        }
    }

    Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 address");
        }
        Path path = directory.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
        if (!path.normalize().startsWith(directory)) {
            throw new IllegalArgumentException("not a SHA-256 address");
        }
        return path;
    }

}
