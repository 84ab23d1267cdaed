package se.sif.economics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.application.ApplicationStatus;
import se.sif.application.ApplicationView;
import se.sif.application.Applications;
import se.sif.audit.AuditTrail;
import se.sif.economics.CalculationDocument.OutcomeEntry;
import se.sif.economics.CalculationDocument.UncertaintyEntry;
import se.sif.economics.calculation.Calculation;
import se.sif.economics.calculation.CalculationEngine;
import se.sif.economics.calculation.CalculationInputException;
import se.sif.economics.calculation.CalculationResult;
import se.sif.identity.CurrentUser;
import se.sif.identity.Role;
import se.sif.identity.Users;
import se.sif.investment.InvestmentView;
import se.sif.investment.Investments;
import se.sif.shared.Actor;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.NotFoundException;

/**
 * The socio-economic calculation of an application and of the investment it becomes: one
 * series of versions, each immutable — the forecast made with the application, revisions
 * later, and realised versions re-run with the effects the follow-up measured. Saving a
 * version names the version it was based on, so two people editing at once cannot
 * overwrite each other.
 *
 * <p>
 * Who may do what: the applicant's own organisation reads its calculations and edits them
 * while the application can be edited; officers, the steering group, the board and the
 * administrator read every submitted one, and officers revise; panel members read the
 * calculations of the applications they assess, unless they declared a conflict of
 * interest; the project leader of the investment reads and revises it and records what
 * was realised. Everyone else finds nothing.
 */
@Service
public class Calculations {

    public enum Purpose {

        FORECAST, REVISION, REALISED

    }

    public record VersionSummary(int version, Purpose purpose, String note, String createdBy, Instant createdAt) {
    }

    public record CalculationVersion(long applicationId, int version, Purpose purpose, String note,
            CalculationDocument document, String createdBy, Instant createdAt) {
    }

    /** What a calculation belongs to and what the current user may do with it. */
    public record Subject(ApplicationView application, @Nullable InvestmentView investment, boolean mayEdit,
            boolean mayRecordRealised) {

        public long applicationId() {
            return application.id();
        }
    }

    private final CalculationRepository repository;

    private final Applications applications;

    private final Investments investments;

    private final Users users;

    private final AuditTrail audit;

    private final CalculationDocuments documents;

    private final org.springframework.context.MessageSource messages;

    private final se.sif.assessment.Assessments assessments;

    private final Clock clock;

    Calculations(CalculationRepository repository, Applications applications, Investments investments, Users users,
            AuditTrail audit, CalculationDocuments documents, org.springframework.context.MessageSource messages,
            se.sif.assessment.Assessments assessments, Clock clock) {
        this.clock = clock;
        this.messages = messages;
        this.assessments = assessments;
        this.repository = repository;
        this.applications = applications;
        this.investments = investments;
        this.users = users;
        this.audit = audit;
        this.documents = documents;
    }

    // --- access
    // -----------------------------------------------------------------------------------------

    /**
     * The application (and investment) of a calculation series, if the current user may
     * see it.
     */
    public Subject subject(long applicationId) {
        CurrentUser user = users.current();
        // who may read the application reads its calculation (the application module's
        // rule: its own organisation, officials once submitted, the panel, the
        // investment's
        // project leader; 404 for anyone else)
        ApplicationView application = applications.get(applicationId);
        // The panel reads the calculation of an application it assesses (the report found
        // calculations were barely used in the assessment), but not with a conflict of
        // interest: that member sees no more of the application's assessment than they
        // must.
        if (user.is(Role.ASSESSOR) && assessments.conflictDeclared(applicationId)) {
            throw new NotFoundException("calculation", applicationId);
        }
        InvestmentView investment = investments.forApplication(applicationId).orElse(null);
        boolean leader = investment != null && user.is(Role.PROJECT_LEADER)
                && user.username().equals(investment.projectLeader());
        boolean submitted = application.status() != ApplicationStatus.DRAFT;
        boolean ownOrganisation = user.is(Role.APPLICANT) && user.organisationId() != null
                && user.organisationId() == application.applicantOrganisationId();
        boolean mayEdit = ownOrganisation && application.isEditable() || leader || submitted && user.is(Role.OFFICER);
        boolean mayRecordRealised = investment != null && (leader || user.is(Role.OFFICER));
        return new Subject(application, investment, mayEdit, mayRecordRealised);
    }

    // --- reading
    // ----------------------------------------------------------------------------------------

    public List<VersionSummary> versions(long applicationId) {
        subject(applicationId);
        return repository.summaries(applicationId);
    }

    public Optional<CalculationVersion> latest(long applicationId) {
        subject(applicationId);
        return repository.latest(applicationId);
    }

    public CalculationVersion version(long applicationId, int version) {
        subject(applicationId);
        return repository.version(applicationId, version)
            .orElseThrow(() -> new NotFoundException("calculation version", applicationId + "/" + version));
    }

    /**
     * The latest version of the given purposes, e.g. the latest forecast or revision to
     * compare with a realised one.
     */
    public Optional<CalculationVersion> latestOf(long applicationId, List<Purpose> purposes) {
        subject(applicationId);
        return repository.latestOf(applicationId, purposes);
    }

    /**
     * The latest saved document, or a blank one with default settings for a series not
     * yet started.
     */
    public CalculationDocument working(long applicationId) {
        Subject subject = subject(applicationId);
        return repository.latest(applicationId)
            .map(CalculationVersion::document)
            .orElseGet(() -> CalculationDocuments.blank(subject.application().title(),
                    subject.application().startDate() == null ? java.time.Year.now(clock).getValue()
                            : subject.application().startDate().getYear()));
    }

    // --- computing
    // --------------------------------------------------------------------------------------

    /**
     * The checked core calculation of a document, with unit costs pinned; every problem
     * named by its field.
     */
    public Calculation check(CalculationDocument document) {
        return documents.toCalculation(documents.pinUnitCosts(document));
    }

    public CalculationResult compute(CalculationDocument document) {
        return CalculationEngine.calculate(check(document));
    }

    /**
     * The problems of a document, each with its field path; empty when it computes. A
     * document saved while being built may well have some (a cost line not yet entered),
     * which is why saving does not require none.
     */
    public List<CalculationInputException.Violation> problems(CalculationDocument document) {
        try {
            check(document);
            return List.of();
        }
        catch (CalculationInputException e) {
            return e.violations();
        }
    }

    // --- writing
    // ----------------------------------------------------------------------------------------

    /**
     * Saves a new version. {@code expectedVersion} is the version the user edited (null
     * or 0 for the first); if someone saved in between, nothing is written. Problems in
     * the fields under {@code section} (e.g. {@code costs}, the part of the calculation
     * the user just edited) refuse the save, so a mistake is fixed where it was made;
     * problems elsewhere (a section not filled in yet) do not.
     * @param section a field-path prefix, or null to refuse any problem at all (the API's
     * "create")
     */
    @Transactional
    public int save(long applicationId, @Nullable Integer expectedVersion, CalculationDocument document,
            @Nullable String note, @Nullable String section) {
        Subject subject = subject(applicationId);
        if (!subject.mayEdit()) {
            throw new org.springframework.security.access.AccessDeniedException("may not edit this calculation");
        }
        CalculationDocument pinned = documents.pinUnitCosts(document);
        List<CalculationInputException.Violation> blocking = new ArrayList<>();
        for (CalculationInputException.Violation v : problems(pinned)) {
            // The same parts as the overview's task list: "costs" (a missing intervention
            // year) is the costs' own
            // problem and "actors" (none yet) the actors', neither one of the settings.
            if (section == null || v.field().equals(section) || v.field().startsWith(section + "[")
                    || v.field().startsWith(section + ".") || section.equals("settings") && !v.field().contains("[")
                            && !v.field().equals("costs") && !v.field().equals("actors")) {
                blocking.add(v);
            }
        }
        if (!blocking.isEmpty()) {
            throw new CalculationInputException(blocking);
        }
        Purpose purpose = subject.investment() == null ? Purpose.FORECAST : Purpose.REVISION;
        return insert(applicationId, expectedVersion, purpose, note, pinned);
    }

    private int insert(long applicationId, Integer expectedVersion, Purpose purpose, String note,
            CalculationDocument document) {
        int current = repository.currentVersion(applicationId);
        if ((expectedVersion == null ? 0 : expectedVersion) != current) {
            throw new ConcurrentEditException("calculation", applicationId);
        }
        if (!repository.insert(applicationId, current + 1, purpose,
                note == null || note.isBlank() ? null : note.strip(), document, Actor.name())) {
            throw new ConcurrentEditException("calculation", applicationId);
        }
        audit.record("economics.calculationSaved", "application", applicationId, "version " + (current + 1) + " ("
                + purpose + ")" + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        return current + 1;
    }

    /**
     * Ex post: a new REALISED version whose outcomes take the effect the follow-up
     * measured. An outcome linked to an indicator gets, from the indicator's latest
     * reported value, its impact share — the value itself in percent, or a number of
     * people divided by those reached ({@code population × engagement}); outcomes without
     * a measurement keep their forecast. Refused if nothing has been measured yet.
     */
    @Transactional
    public int recordRealised(long applicationId, int expectedVersion) {
        Subject subject = subject(applicationId);
        if (!subject.mayRecordRealised()) {
            throw new org.springframework.security.access.AccessDeniedException("may not record realised effects");
        }
        CalculationVersion base = latestOf(applicationId, List.of(Purpose.FORECAST, Purpose.REVISION))
            .orElseThrow(() -> new DomainException("economics.realised.noForecast"));
        List<OutcomeEntry> outcomes = new ArrayList<>();
        List<String> measured = new ArrayList<>();
        List<UncertaintyEntry> uncertainties = new ArrayList<>(base.document().uncertainties());
        for (int o = 0; o < base.document().outcomes().size(); o++) {
            OutcomeEntry outcome = base.document().outcomes().get(o);
            Double realised = measuredImpact(subject.investment(), outcome);
            if (realised == null) {
                outcomes.add(outcome);
                continue;
            }
            outcomes.add(outcome.withImpact(realised));
            measured.add(messages.getMessage(
                    "economics.realised.change", new Object[] { outcome.name(),
                            CalculationForms.percentText(outcome.impact()), CalculationForms.percentText(realised) },
                    locale()));
            String path = "outcomes[" + o + "].impact";
            for (int u = 0; u < uncertainties.size(); u++) {
                UncertaintyEntry e = uncertainties.get(u);
                if (path.equals(e.parameter())) {
                    // What was measured is no longer uncertain in the same way; keep the
                    // range around it.
                    uncertainties.set(u, new UncertaintyEntry(e.parameter(), Math.min(e.low(), realised), realised,
                            Math.max(e.high(), realised), e.shape()));
                }
            }
        }
        if (measured.isEmpty()) {
            throw new DomainException("economics.realised.nothingMeasured");
        }
        CalculationDocument realisedDocument = base.document().withOutcomes(outcomes).withUncertainties(uncertainties);
        return insert(applicationId, expectedVersion, Purpose.REALISED, messages.getMessage("economics.realised.note",
                new Object[] { base.version(), String.join("; ", measured) }, locale()), realisedDocument);
    }

    private static java.util.@Nullable Locale locale() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }

    static @Nullable Double measuredImpact(InvestmentView investment, OutcomeEntry outcome) {
        if (investment == null || outcome.indicatorId() == null || outcome.indicatorMeasure() == null) {
            return null;
        }
        for (InvestmentView.Indicator indicator : investment.indicators()) {
            if (indicator.id() != outcome.indicatorId() || indicator.latest() == null) {
                continue;
            }
            double value = indicator.latest().value().doubleValue();
            double impact = switch (outcome.indicatorMeasure()) {
                // Exact in decimal, so 19.4 % is 0.194 and not 0.19399999999999998.
                case PERCENT -> indicator.latest().value().movePointLeft(2).doubleValue();
                case COUNT -> {
                    double reached = outcome.population() == null || outcome.engagement() == null ? 0
                            : outcome.population() * outcome.engagement();
                    yield reached <= 0 ? Double.NaN : value / reached;
                }
            };
            return Double.isNaN(impact) ? null : Math.max(0, Math.min(1, impact));
        }
        return null;
    }

}
