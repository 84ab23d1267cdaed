package se.sif.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a file is, by its content; the names shown; the file-system store's addresses. */
class AttachmentTypesTest {

    @Test
    void eachAcceptedTypeIsKnownByItsContent() {
        assertThat(AttachmentTypes.detect(TestFiles.pdf()).accepted()).isEqualTo(AttachmentType.PDF);
        assertThat(AttachmentTypes.detect(TestFiles.xlsx()).accepted()).isEqualTo(AttachmentType.XLSX);
        assertThat(AttachmentTypes.detect(TestFiles.docx()).accepted()).isEqualTo(AttachmentType.DOCX);
        assertThat(AttachmentTypes.detect(TestFiles.odt()).accepted()).isEqualTo(AttachmentType.ODT);
        assertThat(AttachmentTypes.detect(TestFiles.ods()).accepted()).isEqualTo(AttachmentType.ODS);
    }

    @Test
    void programsWebPagesAndMacrosAreNotAccepted() {
        AttachmentTypes.Detected exe = AttachmentTypes.detect(TestFiles.exe());
        assertThat(exe.accepted()).isNull();
        assertThat(exe.mediaType()).contains("ms");
        AttachmentTypes.Detected html = AttachmentTypes.detect(TestFiles.html());
        assertThat(html.accepted()).isNull();
        assertThat(html.mediaType()).isEqualTo("text/html");
        AttachmentTypes.Detected xlsm = AttachmentTypes.detect(TestFiles.xlsm());
        assertThat(xlsm.accepted()).isNull();
        assertThat(xlsm.macros()).isTrue();
        assertThat(AttachmentTypes.detect("PK\u0003\u0004 broken".getBytes()).accepted()).isNull();
    }

    @Test
    void namesAreShownWithoutPathsControlCharactersOrDirectionTricks() {
        assertThat(Attachments.displayName("C:\\Users\\anna\\Budget å ä ö.xlsx")).isEqualTo("Budget å ä ö.xlsx");
        assertThat(Attachments.displayName("../../etc/passwd")).isEqualTo("passwd");
        // U+202E turns "fdp.exe" into "exe.pdf" on the screen
        assertThat(Attachments.displayName("faktura\u202Efdp.exe")).isEqualTo("fakturafdp.exe");
        assertThat(Attachments.displayName("  rad\tett\nrad två.pdf ")).isEqualTo("rad ett rad två.pdf");
        assertThat(Attachments.displayName("a\u030Angström.pdf")).isEqualTo("ångström.pdf");
        assertThat(Attachments.displayName("")).isEqualTo("bilaga");
        assertThat(Attachments.displayName("x".repeat(300) + ".pdf")).hasSize(Attachments.MAX_NAME).endsWith(".pdf");
        assertThat(Attachments.extension("Plan.PDF")).isEqualTo("pdf");
        assertThat(Attachments.extension("Plan")).isEmpty();
    }

    @Test
    void theDownloadsNameIsInUtf8WithAnAsciiFallback() {
        assertThat(se.sif.shared.web.Downloads.disposition("Budget – större \"plan\".pdf"))
            .isEqualTo("attachment; filename=\"Budget _ storre _plan_.pdf\"; "
                    + "filename*=UTF-8''Budget%20%E2%80%93%20st%C3%B6rre%20%22plan%22.pdf");
    }

    @Test
    void sizesAreShownInTheLanguageOfThePage() {
        assertThat(AttachmentSizes.format(1536, java.util.Locale.forLanguageTag("sv"))).isEqualTo("1,5 kB");
        assertThat(AttachmentSizes.format(10L * 1024 * 1024, java.util.Locale.forLanguageTag("sv"))).isEqualTo("10 MB");
        assertThat(AttachmentSizes.format(1536, java.util.Locale.ENGLISH)).isEqualTo("1.5 kB");
        assertThat(AttachmentSizes.format(500, java.util.Locale.ENGLISH)).isEqualTo("500 B");
    }

    @Test
    void theFileSystemStoreKeepsContentByItsAddressAndNowhereElse(@TempDir Path directory) throws Exception {
        FileSystemAttachmentStore store = new FileSystemAttachmentStore(directory);
        byte[] content = TestFiles.pdf();
        String sha256 = Attachments.sha256(content);
        store.put(sha256, content);
        store.put(sha256, content); // the same content again is the same file
        assertThat(store.get(sha256)).isEqualTo(content);
        Path file = directory.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        try (var files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile)).containsExactly(file);
        }
        for (String address : new String[] { "../../etc/passwd", "..", sha256.toUpperCase(), sha256 + "/..", "" }) {
            assertThatThrownBy(() -> store.get(address)).as(address).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.put(address, content)).as(address)
                .isInstanceOf(IllegalArgumentException.class);
        }
    }

}
