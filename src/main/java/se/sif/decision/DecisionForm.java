package se.sif.decision;

import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import se.sif.shared.web.Kronor;

/** The board's decision as typed on the page, in the order of its fields. */
record DecisionForm(@NotNull(message = "{decision.error.outcomeRequired}") @Nullable DecisionOutcome outcome,
        @Kronor @Nullable Long grantedAmount, @Size(max = 8000) @Nullable String reasons,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decidedOn,
        @Size(max = 40) @Nullable String minutesParagraph,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate minutesPostedOn,
        @Size(max = 2000) @Nullable String condition,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate conditionDueDate) {

    static DecisionForm decidedOn(LocalDate today) {
        return new DecisionForm(null, null, null, today, null, null, null, null);
    }

    Decisions.Recording recording() {
        boolean grant = outcome == DecisionOutcome.GRANTED;
        return new Decisions.Recording(grant, grant ? grantedAmount : null, reasons, decidedOn, minutesParagraph,
                minutesPostedOn, condition == null || condition.isBlank() ? List.of()
                        : List.of(new DecisionView.Condition(1, condition, conditionDueDate)));
    }
}
