package se.sif.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The receipts' SQL ({@code application_receipt}): written once per submission, never
 * changed (a trigger refuses it).
 */
@Repository
class ReceiptRepository {

    private static final String SELECT = """
            select application_id, number, registration_number, completion, submitted_at, submitted_by,
                   expected_answer_on
            from application_receipt""";

    private final JdbcClient jdbc;

    ReceiptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the receipt as the next number of the application's receipts. The submission
     * holds the application's row (its update), so two receipts never race for a number.
     */
    int insert(long applicationId, String registrationNumber, boolean completion, Instant submittedAt,
            String submittedBy, @Nullable LocalDate expectedAnswerOn, String copyXhtml) {
        return jdbc.sql("""
                insert into application_receipt (application_id, number, registration_number, completion, submitted_at,
                    submitted_by, expected_answer_on, copy_xhtml)
                values (:application,
                    (select coalesce(max(number), 0) + 1 from application_receipt where application_id = :application),
                    :registrationNumber, :completion, :submittedAt, :submittedBy, :expectedAnswerOn, :copy)
                returning number""")
            .param("application", applicationId)
            .param("registrationNumber", registrationNumber)
            .param("completion", completion)
            .param("submittedAt", java.sql.Timestamp.from(submittedAt))
            .param("submittedBy", submittedBy)
            .param("expectedAnswerOn", expectedAnswerOn)
            .param("copy", copyXhtml)
            .query(Integer.class)
            .single();
    }

    /** The application's receipts, the first submission first. */
    List<ApplicationReceipt> of(long applicationId) {
        return jdbc.sql(SELECT + " where application_id = :application order by number")
            .param("application", applicationId)
            .query(ApplicationReceipt.class)
            .list();
    }

    /**
     * A receipt's copy: the PDF if it has been made (or was written with the receipt),
     * else the XHTML to make it from.
     */
    record Copy(byte @Nullable [] pdf, @Nullable String xhtml) {
    }

    Optional<Copy> copy(long applicationId, int number) {
        return jdbc.sql("""
                select coalesce(r.pdf, p.pdf) as pdf, r.copy_xhtml
                from application_receipt r
                left join application_receipt_pdf p on p.application_id = r.application_id and p.number = r.number
                where r.application_id = :application and r.number = :number""")
            .param("application", applicationId)
            .param("number", number)
            .query((rs, n) -> new Copy(rs.getBytes("pdf"), rs.getString("copy_xhtml")))
            .optional();
    }

    /** Keeps the PDF made from a receipt's copy; the first one made wins. */
    void keepPdf(long applicationId, int number, byte[] pdf) {
        jdbc.sql("""
                insert into application_receipt_pdf (application_id, number, pdf) values (:application, :number, :pdf)
                on conflict do nothing""")
            .param("application", applicationId)
            .param("number", number)
            .param("pdf", pdf)
            .update();
    }

    /** Who submitted the application last, if anyone did through SIF. */
    Optional<String> lastSubmitter(long applicationId) {
        return jdbc.sql("""
                select submitted_by from application_receipt where application_id = :application
                order by number desc limit 1""").param("application", applicationId).query(String.class).optional();
    }

}
