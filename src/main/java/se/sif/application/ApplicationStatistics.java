package se.sif.application;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.call.CallView;
import se.sif.call.Calls;

/**
 * The officials' numbers for a call. Drafts are counted though officials cannot read them
 * (a draft is private to its organisation): a count says nothing of a draft's content,
 * and how many applications are under way is what the working group plans by.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationStatistics {

    private final ApplicationRepository repository;

    private final Calls calls;

    ApplicationStatistics(ApplicationRepository repository, Calls calls) {
        this.repository = repository;
        this.calls = calls;
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public CallApplicationStatistics forCall(long callId) {
        CallView call = calls.get(callId);
        Map<ApplicationStatus, Long> perState = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            perState.put(status, 0L);
        }
        long requestedOre = 0;
        for (ApplicationRepository.StateCount count : repository.countPerState(callId)) {
            ApplicationStatus status = ApplicationStatus.valueOf(count.status());
            perState.put(status, count.applications());
            if (status != ApplicationStatus.DRAFT) {
                requestedOre = Math.addExact(requestedOre, count.requestedOre());
            }
        }
        long drafts = perState.getOrDefault(ApplicationStatus.DRAFT, 0L);
        long started = perState.values().stream().mapToLong(Long::longValue).sum();
        return new CallApplicationStatistics(callId, call.title(), started, drafts, started - drafts, perState,
                requestedOre, call.budgetCeilingOre());
    }

}
