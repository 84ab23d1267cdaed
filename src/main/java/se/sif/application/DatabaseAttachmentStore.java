package se.sif.application;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The default store: the content in PostgreSQL ({@code application_attachment_content}),
 * so it is in the database's backups and transactions with nothing else to run.
 */
@Component
class DatabaseAttachmentStore implements AttachmentStore {

    static final String NAME = "database";

    private final JdbcClient jdbc;

    DatabaseAttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void put(String sha256, byte[] content) {
        jdbc.sql("""
                insert into application_attachment_content (sha256, content) values (:sha256, :content)
                on conflict (sha256) do nothing""").param("sha256", sha256).param("content", content).update();
    }

    @Override
    public byte[] get(String sha256) {
        return jdbc.sql("select content from application_attachment_content where sha256 = :sha256")
            .param("sha256", sha256)
            .query(byte[].class)
            .optional()
            .orElseThrow(() -> new IllegalStateException("attachment content " + sha256 + " is missing"));
    }

}
