package se.sif.call;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.audit.AuditTrail;
import se.sif.identity.CurrentUser;
import se.sif.identity.Role;
import se.sif.identity.Users;
import se.sif.notification.Notifications;
import se.sif.notification.Recipient;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.NotFoundException;

/**
 * Questions and answers on a call (the report's "questions and answers" of a call):
 * applicants ask while the call is published; an officer answers, and the answer is
 * published on the call's page for every applicant alike, without the asker's name. The
 * asker is told by e-mail.
 */
@Service
@Transactional(readOnly = true)
public class CallQuestions {

    static final int MAX_QUESTION = 2000;

    static final int MAX_ANSWER = 5000;

    private final CallQuestionRepository repository;

    private final Calls calls;

    private final Users users;

    private final AuditTrail audit;

    private final Notifications notifications;

    private final Clock clock;

    private final se.sif.shared.PublicUrl publicUrl;

    CallQuestions(CallQuestionRepository repository, Calls calls, Users users, AuditTrail audit,
            Notifications notifications, Clock clock, se.sif.shared.PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.repository = repository;
        this.calls = calls;
        this.users = users;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * The questions the signed-in person sees on the call: every answered one without the
     * asker's name; officers also the unanswered ones with their askers; an applicant
     * also their own unanswered ones.
     */
    public List<CallQuestion> forCall(long callId) {
        calls.get(callId);
        CurrentUser user = users.current();
        boolean officer = user.isAny(Role.OFFICER, Role.ADMIN);
        return repository.forCall(callId)
            .stream()
            .filter(q -> officer || q.answered() || user.username().equals(q.askedBy()))
            .map(q -> officer ? q
                    : new CallQuestion(q.id(), q.callId(), q.question(), null, q.askedAt(), q.answer(), q.answeredAt(),
                            q.version()))
            .toList();
    }

    /** An applicant's question, while the call is published and not yet archived. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public long ask(long callId, @Nullable String question) {
        CallView call = calls.get(callId);
        if (call.status() == CallStatus.DRAFT || call.status() == CallStatus.ARCHIVED) {
            throw new DomainException("call.error.noQuestionsNow");
        }
        String text = check("question", question, MAX_QUESTION);
        long id = repository.ask(callId, text, users.current().username(), clock.instant());
        audit.record("call.questionAsked", "call", callId, "question " + id);
        return id;
    }

    /**
     * The officer's answer, published at once; the question's text may be tidied at the
     * same time (e.g. a name taken out). Answering again corrects the published answer.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void answer(long callId, long questionId, long version, @Nullable String question, @Nullable String answer) {
        CallQuestion asked = repository.find(questionId)
            .filter(q -> q.callId() == callId)
            .orElseThrow(() -> new NotFoundException("question", questionId));
        DomainException.Violations found = new DomainException.Violations();
        String text = question == null || question.isBlank() ? asked.question() : question.strip();
        if (text.length() > MAX_QUESTION) {
            found.add("question", "call.error.questionLength", MAX_QUESTION);
        }
        if (answer == null || answer.isBlank()) {
            found.add("answer", "call.error.answerRequired");
        }
        else if (answer.length() > MAX_ANSWER) {
            found.add("answer", "call.error.answerLength", MAX_ANSWER);
        }
        found.throwIfAny();
        boolean first = !asked.answered();
        if (!repository.answer(questionId, version, text, java.util.Objects.requireNonNull(answer).strip(),
                users.current().username(), clock.instant())) {
            throw new ConcurrentEditException("question", questionId);
        }
        audit.record(first ? "call.questionAnswered" : "call.answerCorrected", "call", callId,
                "question " + questionId);
        if (first && asked.askedBy() != null) {
            String askedBy = asked.askedBy();
            users.email(askedBy)
                .ifPresent(address -> notifications.queue(Recipient.swedish(address, null), "notification.answer",
                        calls.get(callId).title(), publicUrl.of("/calls/" + callId + "#questions")));
        }
    }

    private static String check(String field, @Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            throw DomainException.onField(field, "call.error.questionRequired");
        }
        if (text.length() > max) {
            throw DomainException.onField(field, "call.error.questionLength", max);
        }
        return text.strip();
    }

}
