package se.sif.application;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import se.sif.audit.AuditTrail;
import se.sif.identity.CurrentUser;
import se.sif.identity.Users;
import se.sif.shared.DomainException;
import se.sif.shared.NotFoundException;

/**
 * Attachments to an application (issue #9): PDF, XLSX, DOCX, ODT and ODS, judged by their
 * content ({@link AttachmentTypes}), up to {@code sif.attachments.max-size}.
 *
 * <p>
 * Who: whoever may read the application ({@link Applications#get}, so
 * {@link ApplicationAccess}'s rule) lists and downloads its attachments; the applicant's
 * organisation adds and removes them while the application is theirs to edit (a draft, or
 * a completion requested). Anyone else finds nothing (404). Every addition and removal is
 * audited; a removal only marks the row, so what was once handed in stays in the record.
 */
@Service
@Transactional(readOnly = true)
public class Attachments {

    /** A name longer than this is shortened (keeping its extension). */
    static final int MAX_NAME = 200;

    /** An attachment with its content, to be downloaded. */
    public record Download(AttachmentView attachment, byte[] content) {
    }

    private final Applications applications;

    private final AttachmentRepository repository;

    private final Map<String, AttachmentStore> stores;

    private final AttachmentStore writeTo;

    private final Users users;

    private final AuditTrail audit;

    private final Clock clock;

    private final long maxSize;

    Attachments(Applications applications, AttachmentRepository repository, DatabaseAttachmentStore database,
            Users users, AuditTrail audit, Clock clock, @Value("${sif.attachments.max-size:10MB}") DataSize maxSize,
            @Value("${sif.attachments.store:database}") String store,
            @Value("${sif.attachments.directory:}") String directory) {
        this.applications = applications;
        this.repository = repository;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.maxSize = maxSize.toBytes();
        @Nullable AttachmentStore files = directory.isBlank() ? null : new FileSystemAttachmentStore(Path.of(directory));
        if (store.equals(FileSystemAttachmentStore.NAME) && files == null) {
            throw new IllegalStateException("sif.attachments.store=filesystem needs sif.attachments.directory");
        }
        if (!store.equals(FileSystemAttachmentStore.NAME) && !store.equals(DatabaseAttachmentStore.NAME)) {
            throw new IllegalStateException("sif.attachments.store is 'database' or 'filesystem', not " + store);
        }
        // the store a row names is asked for its content, so a change of store keeps the
        // earlier attachments readable as long as the directory stays configured
        this.stores = Stream.of(database, files)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toMap(AttachmentStore::name, Function.identity()));
        this.writeTo = java.util.Objects.requireNonNull(stores.get(store));
    }

    /** The largest attachment accepted, in bytes. */
    public long maxSize() {
        return maxSize;
    }

    /** The application's current attachments, oldest first, if the user may read it. */
    public List<AttachmentView> of(long applicationId) {
        applications.get(applicationId);
        return repository.current(applicationId).stream().map(this::view).toList();
    }

    /** Whether the user may add and remove the application's attachments now. */
    public boolean mayChange(long applicationId) {
        ApplicationView application = applications.get(applicationId);
        return ApplicationAccess.ofOwnOrganisation(users.current(), application)
                && application.status().editableByApplicant();
    }

    /**
     * Adds an attachment; refused (on the field {@code file}) when empty, too large, of a
     * type not accepted, or named as another type than it is.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public AttachmentView add(long applicationId, @Nullable String givenName, byte[] content) {
        CurrentUser user = ownEditable(applicationId);
        if (content.length == 0) {
            throw DomainException.onField("file", "attachment.error.empty");
        }
        if (content.length > maxSize) {
            throw new AttachmentTooLargeException(maxSize);
        }
        String name = displayName(givenName);
        AttachmentTypes.Detected detected = AttachmentTypes.detect(content);
        if (detected.macros()) {
            throw DomainException.onField("file", "attachment.error.macros");
        }
        AttachmentType type = detected.accepted();
        if (type == null) {
            throw DomainException.onField("file", "attachment.error.type", detected.description());
        }
        // A file named as another type than it is is refused rather than stored as what
        // it
        // is: whoever downloads it opens it by its name, and an XLSX named .pdf does not
        // open in a PDF reader; more often the name shows the applicant picked the wrong
        // file. Saying what the content really is lets them rename it or choose again.
        String extension = extension(name);
        if (extension.isEmpty()) {
            throw DomainException.onField("file", "attachment.error.noExtension", type.name(), type.extension());
        }
        if (!extension.equals(type.extension())) {
            throw DomainException.onField("file", "attachment.error.nameContradicts", "." + extension, type.name(),
                    type.extension());
        }
        String sha256 = sha256(content);
        writeTo.put(sha256, content);
        Instant now = clock.instant();
        long id = repository.insert(applicationId, name, type.mediaType(), content.length, sha256, writeTo.name(),
                user.username(), now);
        audit.record("application.attachmentAdded", "application", applicationId,
                "#" + id + " " + name + " (" + type.name() + ", " + content.length + " bytes, sha256 " + sha256 + ")");
        return view(repository.currentOne(applicationId, id).orElseThrow());
    }

    /** One attachment with its content, if the user may read the application. */
    public Download download(long applicationId, long attachmentId) {
        applications.get(applicationId);
        AttachmentRepository.Row row = repository.currentOne(applicationId, attachmentId)
            .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        AttachmentStore store = stores.get(row.store());
        if (store == null) {
            throw new IllegalStateException("attachment " + attachmentId + " is in the store " + row.store()
                    + ", which is not configured (sif.attachments.directory)");
        }
        byte[] content = store.get(row.sha256());
        if (!sha256(content).equals(row.sha256())) {
            throw new IllegalStateException("attachment " + attachmentId + " does not match its SHA-256");
        }
        return new Download(view(row), content);
    }

    /** Removes an attachment from the application (it stays in the record, marked). */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void remove(long applicationId, long attachmentId) {
        CurrentUser user = ownEditable(applicationId);
        AttachmentRepository.Row row = repository.currentOne(applicationId, attachmentId)
            .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        if (!repository.markRemoved(applicationId, attachmentId, user.username(), clock.instant())) {
            throw new NotFoundException("attachment", attachmentId);
        }
        audit.record("application.attachmentRemoved", "application", applicationId,
                "#" + attachmentId + " " + row.fileName());
    }

    private CurrentUser ownEditable(long applicationId) {
        CurrentUser user = users.current();
        ApplicationView application = applications.get(applicationId);
        if (!ApplicationAccess.ofOwnOrganisation(user, application)) {
            throw new NotFoundException("application", applicationId);
        }
        String status = repository.lockStatus(applicationId);
        if (status == null || !ApplicationStatus.valueOf(status).editableByApplicant()) {
            throw DomainException.onField("file", "attachment.error.notEditable");
        }
        return user;
    }

    private AttachmentView view(AttachmentRepository.Row row) {
        AttachmentType type = AttachmentType.ofMediaType(row.mediaType()).orElseThrow();
        return new AttachmentView(row.id(), row.applicationId(), row.fileName(), type, row.mediaType(), row.sizeBytes(),
                row.sha256(), row.uploadedBy(), users.displayName(row.uploadedBy()), row.uploadedAt());
    }

    /**
     * The name as given, fit to show and to offer as a download's name: without the path
     * some browsers send, control and bidirectional-override characters (which can make
     * "exe.pdf" read as "fdp.exe") and surrounding blanks, in composed Unicode (å as one
     * character), and at most {@link #MAX_NAME} characters with its extension kept.
     */
    static String displayName(@Nullable String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
            .replaceAll("[\\s\\p{Zl}\\p{Zp}]+", " ")
            .replaceAll("[\\p{Cc}\\p{Cf}]", "")
            .strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            return "bilaga";
        }
        if (name.length() > MAX_NAME) {
            String extension = extension(name);
            int keep = MAX_NAME - (extension.isEmpty() ? 0 : extension.length() + 1);
            name = name.substring(0, keep).strip() + (extension.isEmpty() ? "" : "." + extension);
        }
        return name;
    }

    /** The name's extension in lower case, or "" without one. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
