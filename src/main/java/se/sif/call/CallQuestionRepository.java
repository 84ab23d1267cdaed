package se.sif.call;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The questions' SQL: {@code call_question}, read and written only here. */
@Repository
class CallQuestionRepository {

    private static final String SELECT = """
            select id, call_id, question, asked_by, asked_at, answer, answered_at, version from call_question""";

    private final JdbcClient jdbc;

    CallQuestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The call's questions, the first asked first. */
    List<CallQuestion> forCall(long callId) {
        return jdbc.sql(SELECT + " where call_id = :call order by id")
            .param("call", callId)
            .query(CallQuestion.class)
            .list();
    }

    Optional<CallQuestion> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(CallQuestion.class).optional();
    }

    long ask(long callId, String question, String by, Instant at) {
        return jdbc.sql("""
                insert into call_question (call_id, question, asked_by, asked_at) values (:call, :question, :by, :at)
                returning id""")
            .param("call", callId)
            .param("question", question)
            .param("by", by)
            .param("at", Timestamp.from(at))
            .query(Long.class)
            .single();
    }

    /**
     * Answers (or corrects the answer to) a question, if it still has the version read;
     * the question's text may be tidied for publication at the same time.
     */
    boolean answer(long id, long readVersion, String question, String answer, String by, Instant at) {
        return jdbc.sql("""
                update call_question set question = :question, answer = :answer, answered_by = :by, answered_at = :at,
                       version = version + 1
                where id = :id and version = :read""")
            .param("question", question)
            .param("answer", answer)
            .param("by", by)
            .param("at", Timestamp.from(at))
            .param("id", id)
            .param("read", readVersion)
            .update() == 1;
    }

}
