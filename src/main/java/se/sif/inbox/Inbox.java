package se.sif.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import se.sif.application.Applications;
import se.sif.assessment.Assessments;
import se.sif.decision.Decisions;
import se.sif.decision.Proposals;
import se.sif.fund.FundLedger;
import se.sif.fund.Grants;
import se.sif.identity.Role;
import se.sif.investment.Investments;
import se.sif.screening.Screenings;
import se.sif.shared.WorkItem;

/**
 * What waits for the signed-in person, per role, composed from the modules' own answers.
 * Each section is a kind of work with its items (the modules order them: the most urgent
 * first) and where the whole list lives.
 */
@Service
public class Inbox {

    /**
     * One kind of waiting work: its heading key, the items, and the page with all of
     * them.
     */
    public record Section(String key, List<WorkItem> items, String listPath) {

        public int count() {
            return items.size();
        }
    }

    private final Screenings screenings;

    private final Applications applications;

    private final Assessments assessments;

    private final Proposals proposals;

    private final Decisions decisions;

    private final Grants grants;

    private final FundLedger ledger;

    private final Investments investments;

    private final Clock clock;

    Inbox(Screenings screenings, Applications applications, Assessments assessments, Proposals proposals,
            Decisions decisions, Grants grants, FundLedger ledger, Investments investments, Clock clock) {
        this.screenings = screenings;
        this.applications = applications;
        this.assessments = assessments;
        this.proposals = proposals;
        this.decisions = decisions;
        this.grants = grants;
        this.ledger = ledger;
        this.investments = investments;
        this.clock = clock;
    }

    /**
     * The sections of the role's inbox, all of them, also the empty ones (an empty
     * section is news too).
     */
    public List<Section> forRole(Role role) {
        LocalDate today = LocalDate.now(clock);
        List<Section> sections = new ArrayList<>();
        switch (role) {
            case OFFICER -> {
                add(sections, "inbox.screen", "/screening", screenings::waiting);
                add(sections, "inbox.completions", "/applications", screenings::completionRequests);
                add(sections, "inbox.proposals", "/ranking", proposals::toPrepare);
                add(sections, "inbox.conditions", "/funds", grants::conditionsDue);
                add(sections, "inbox.reports", "/investments", () -> investments.reportsDue(today));
            }
            case ASSESSOR -> add(sections, "inbox.assess", "/assessment", assessments::waiting);
            case STEERING -> add(sections, "inbox.endorse", "/ranking", proposals::awaitingEndorsement);
            case BOARD -> {
                add(sections, "inbox.decide", "/ranking", decisions::awaitingDecision);
                add(sections, "inbox.closeYears", "/funds", ledger::yearsToClose);
            }
            case APPLICANT -> {
                add(sections, "inbox.drafts", "/applications", applications::draftsToSubmit);
                add(sections, "inbox.partnerships", "/applications", applications::partnershipsToAnswer);
                add(sections, "inbox.myCompletions", "/applications", screenings::completionRequests);
                add(sections, "inbox.myConditions", "/grants", grants::conditionsDue);
                add(sections, "inbox.myReports", "/investments", () -> investments.reportsDue(today));
            }
            case PROJECT_LEADER ->
                add(sections, "inbox.indicatorValues", "/investments", () -> investments.reportsDue(today));
            case ADMIN -> {
                // The administrator changes nothing in the lifecycle, so nothing waits
                // for them.
            }
        }
        return sections;
    }

    private static void add(List<Section> sections, String key, String listPath, Supplier<List<WorkItem>> items) {
        sections.add(new Section(key, items.get(), listPath));
    }

}
