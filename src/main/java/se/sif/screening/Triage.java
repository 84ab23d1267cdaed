package se.sif.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.sif.application.ApplicationStatus;
import se.sif.application.ApplicationView;
import se.sif.application.Applications;
import se.sif.audit.AuditTrail;
import se.sif.call.Calls;
import se.sif.identity.Users;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;

/**
 * The working group's triage, as the report ran it: every member grades every application
 * 1, 2 or 3 against the call's Table 2 checklist (a 1 needs every criterion), after
 * declaring whether they have a conflict of interest; a member sees the others' grades of
 * a pass only once their own is in; the group records an agreed grade with a note; an
 * agreed 2 puts the application in the "look again" pile and opens the next pass, in
 * which the members grade it again. Nothing is overwritten: a revised grade is a new
 * grade that names the one it revises, and every pass stays on the record. The outcome
 * (to the panel, a completion request, a rejection) is then recorded by
 * {@link Screenings#record}, whose grade must be the agreed one.
 */
@Service
@Transactional(readOnly = true)
public class Triage {

    private final TriageRepository repository;

    private final Applications applications;

    private final Calls calls;

    private final Users users;

    private final AuditTrail audit;

    private final Clock clock;

    Triage(TriageRepository repository, Applications applications, Calls calls, Users users, AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.applications = applications;
        this.calls = calls;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A member's declaration on one application: a conflict of interest (which excludes
     * them from grading it) or none. Withdrawn with a note, never deleted.
     */
    public record Declaration(long id, String member, boolean conflict, @Nullable String note, Instant declaredAt,
            @Nullable Instant withdrawnAt, @Nullable String withdrawnNote) {

        public boolean standing() {
            return withdrawnAt == null;
        }

    }

    /**
     * One grade as a member gave it: {@code criteriaMet} are the keys of the call's Table
     * 2 criteria ticked, {@code revises} the member's earlier grade in the pass that this
     * one replaces (which stays on the record).
     */
    public record Grade(long id, int pass, String member, int grade, List<String> criteriaMet, @Nullable String note,
            @Nullable Long revises, Instant recordedAt) {
    }

    /** The grade the group agreed in a pass, with the note that explains it. */
    public record Agreement(int pass, int grade, String note, String recordedBy, Instant recordedAt) {
    }

    /**
     * What one member sees of an application's triage. {@code pass} is the pass open now
     * (0 once the group has agreed on a 1 or a 3); {@code grades} the current grade of
     * each member in each pass, with the earlier ones in {@code revisions} — of the open
     * pass only when the member has graded it ({@code othersHidden} says they are held
     * back). {@code disagreement} is true when the current grades of the open pass
     * differ; {@code names} gives each member's display name.
     */
    public record Sheet(long applicationId, int pass, List<String> checklist, @Nullable Declaration myDeclaration,
            @Nullable Grade myGrade, boolean othersHidden, List<Grade> grades, List<Grade> revisions,
            List<Agreement> agreements, List<Declaration> declarations, boolean disagreement,
            Map<String, String> names) {

        public boolean mayGrade() {
            return pass > 0 && myDeclaration != null && !myDeclaration.conflict();
        }

        public boolean conflicted() {
            return myDeclaration != null && myDeclaration.conflict();
        }

        public @Nullable Agreement latestAgreement() {
            return agreements.isEmpty() ? null : agreements.get(agreements.size() - 1);
        }

        /** The current grades of one pass, in the order the members first graded. */
        public List<Grade> gradesIn(int aPass) {
            return grades.stream().filter(g -> g.pass() == aPass).toList();
        }

        /** The passes that have grades or an agreement, the latest first. */
        public List<Integer> passes() {
            java.util.TreeSet<Integer> all = new java.util.TreeSet<>(Comparator.reverseOrder());
            grades.forEach(g -> all.add(g.pass()));
            agreements.forEach(a -> all.add(a.pass()));
            return List.copyOf(all);
        }

        public @Nullable Agreement agreementIn(int aPass) {
            return agreements.stream().filter(a -> a.pass() == aPass).findFirst().orElse(null);
        }

    }

    /** How an application stands in the work list: pass, grades so far, agreed grade. */
    public record Standing(int pass, List<Integer> currentGrades, @Nullable Agreement agreement) {

        public boolean disagreement() {
            return currentGrades.stream().distinct().count() > 1;
        }

        /**
         * In the "look again" pile: the group agreed on a 2 and the next pass is open.
         */
        public boolean lookAgain() {
            return agreement != null && agreement.grade() == 2;
        }

    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public Sheet sheet(long applicationId) {
        ApplicationView application = applications.get(applicationId);
        String me = users.current().username();
        List<Grade> all = repository.grades(applicationId);
        List<Agreement> agreements = repository.agreements(applicationId);
        int pass = openPass(agreements);
        Grade mine = current(all, pass).get(me);
        boolean hidden = pass > 0 && mine == null;
        List<Grade> shown = all.stream().filter(g -> !(hidden && g.pass() == pass && !g.member().equals(me))).toList();
        List<Grade> currents = new ArrayList<>();
        List<Grade> revisions = new ArrayList<>();
        java.util.Set<Long> revised = shown.stream()
            .map(Grade::revises)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
        for (Grade g : shown) {
            (revised.contains(g.id()) ? revisions : currents).add(g);
        }
        List<Declaration> declarations = repository.declarations(applicationId);
        Map<String, String> names = new LinkedHashMap<>();
        all.forEach(g -> names.computeIfAbsent(g.member(), users::displayName));
        declarations.forEach(d -> names.computeIfAbsent(d.member(), users::displayName));
        agreements.forEach(a -> names.computeIfAbsent(a.recordedBy(), users::displayName));
        boolean disagreement = !hidden && current(all, pass).values().stream().map(Grade::grade).distinct().count() > 1;
        return new Sheet(applicationId, pass, checklist(application),
                repository.standing(applicationId, me).orElse(null), mine, hidden, currents, revisions, agreements,
                declarations, disagreement, names);
    }

    /** The triage standing of each of these applications, for the work list. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public Map<Long, Standing> standings(java.util.Collection<Long> applicationIds) {
        Map<Long, Agreement> agreements = repository.latestAgreements(applicationIds);
        Map<Long, List<int[]>> grades = repository.currentGrades(applicationIds);
        Map<Long, Standing> standings = new java.util.HashMap<>();
        for (Long id : applicationIds) {
            Agreement agreement = agreements.get(id);
            int pass = openPass(agreement == null ? List.of() : List.of(agreement));
            List<Integer> current = grades.getOrDefault(id, List.of())
                .stream()
                .filter(g -> g[0] == pass)
                .map(g -> g[1])
                .toList();
            standings.put(id, new Standing(pass, current, agreement));
        }
        return standings;
    }

    /**
     * The agreed grade of the application's latest agreed pass, which the screening
     * result must carry; empty before the group has agreed on one.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    public Optional<Agreement> agreed(long applicationId) {
        List<Agreement> agreements = repository.agreements(applicationId);
        return agreements.isEmpty() ? Optional.empty() : Optional.of(agreements.get(agreements.size() - 1));
    }

    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public Declaration declare(long applicationId, boolean conflict, @Nullable String note) {
        if (!applications.get(applicationId).status().allows(ApplicationStatus.Step.SCREEN)) {
            throw new DomainException("screening.error.notSubmitted");
        }
        if (conflict && (note == null || note.isBlank())) {
            throw DomainException.onField("note", "sifting.error.conflictNote");
        }
        String me = users.current().username();
        if (!repository.declare(applicationId, me, conflict, blankToNull(note), clock.instant())) {
            throw DomainException.onField("conflict", "sifting.error.declaredAlready");
        }
        audit.record(conflict ? "triage.conflictDeclared" : "triage.noConflictDeclared", "application", applicationId,
                me + (conflict ? ": " + note : ""));
        return repository.standing(applicationId, me).orElseThrow();
    }

    /**
     * Withdraws the member's standing declaration (a conflict that was not one, or a "no
     * conflict" that turned out wrong), with a note; the member declares again before
     * grading.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void withdraw(long applicationId, @Nullable String note) {
        applications.get(applicationId);
        if (note == null || note.isBlank()) {
            throw DomainException.onField("withdrawnNote", "sifting.error.withdrawalNote");
        }
        String me = users.current().username();
        Declaration standing = repository.standing(applicationId, me)
            .orElseThrow(() -> new DomainException("sifting.error.nothingToWithdraw"));
        if (!repository.withdraw(standing.id(), note.strip(), clock.instant())) {
            throw new ConcurrentEditException("triage declaration", standing.id());
        }
        audit.record("triage.declarationWithdrawn", "application", applicationId,
                me + ": " + (standing.conflict() ? "conflict" : "no conflict") + " withdrawn: " + note.strip());
    }

    /**
     * Records the member's grade in the open pass. {@code revises} is the member's grade
     * the form was filled from (null for a first grade); a grade saved meanwhile from
     * another tab makes this a conflict instead of being overwritten.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public Grade grade(long applicationId, @Nullable Long revises, @Nullable Integer grade,
            @Nullable List<String> criteriaMet, @Nullable String note) {
        ApplicationView application = applications.get(applicationId);
        String me = users.current().username();
        requireMayJudge(applicationId, me);
        if (!application.status().allows(ApplicationStatus.Step.SCREEN)) {
            throw new DomainException("screening.error.notSubmitted");
        }
        List<Agreement> agreements = repository.agreements(applicationId);
        int pass = openPass(agreements);
        if (pass == 0) {
            throw new DomainException("sifting.error.agreedAlready");
        }
        List<String> checklist = checklist(application);
        List<String> met = criteriaMet == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(criteriaMet));
        validate(grade, met, checklist);
        Grade previous = current(repository.grades(applicationId), pass).get(me);
        Long previousId = previous == null ? null : previous.id();
        if (!java.util.Objects.equals(previousId, revises)) {
            throw new ConcurrentEditException("triage grade", applicationId);
        }
        // keep the checklist's order, so two equal tickings read the same
        List<String> ordered = checklist.stream().filter(met::contains).toList();
        if (!repository.addGrade(applicationId, pass, me, java.util.Objects.requireNonNull(grade), ordered,
                blankToNull(note), revises, clock.instant())) {
            throw new ConcurrentEditException("triage grade", applicationId);
        }
        audit.record(previous == null ? "triage.graded" : "triage.regraded", "application", applicationId,
                "pass " + pass + ", " + me + ": " + (previous == null ? "" : previous.grade() + " → ") + grade
                        + ", met " + ordered.size() + "/" + checklist.size() + " " + ordered);
        return java.util.Objects.requireNonNull(current(repository.grades(applicationId), pass).get(me));
    }

    /**
     * Records the grade the group agreed in the open pass, with a note. Needs at least
     * one member's grade in the pass; a 2 opens the next pass.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public Agreement agree(long applicationId, int pass, @Nullable Integer grade, @Nullable String note) {
        ApplicationView application = applications.get(applicationId);
        String me = users.current().username();
        requireMayJudge(applicationId, me);
        if (!application.status().allows(ApplicationStatus.Step.SCREEN)) {
            throw new DomainException("screening.error.notSubmitted");
        }
        int open = openPass(repository.agreements(applicationId));
        if (open != pass) {
            // another member recorded the agreement of this pass meanwhile
            throw new ConcurrentEditException("triage agreement", applicationId);
        }
        DomainException.Violations violations = new DomainException.Violations();
        if (grade == null || grade < 1 || grade > 3) {
            violations.add("grade", "screening.error.grade");
        }
        if (note == null || note.isBlank()) {
            violations.add("note", "sifting.error.agreementNote");
        }
        Map<String, Grade> grades = current(repository.grades(applicationId), pass);
        if (grades.isEmpty()) {
            violations.add("grade", "sifting.error.noGrades");
        }
        else if (!grades.containsKey(me)) {
            // the others' grades are shown only to those who have given their own
            violations.add("grade", "sifting.error.gradeFirst");
        }
        violations.throwIfAny();
        if (!repository.agree(applicationId, pass, java.util.Objects.requireNonNull(grade),
                java.util.Objects.requireNonNull(note).strip(), me, clock.instant())) {
            throw new ConcurrentEditException("triage agreement", applicationId);
        }
        audit.record("triage.agreed", "application", applicationId,
                "pass " + pass + ": " + grade + " – " + note.strip());
        return agreed(applicationId).orElseThrow();
    }

    /**
     * Whether this member may judge the application (grade it, agree its grade, record
     * its screening): they have declared, and declared no conflict.
     */
    void requireMayJudge(long applicationId, String member) {
        Declaration standing = repository.standing(applicationId, member)
            .orElseThrow(() -> new DomainException("sifting.error.declareFirst"));
        if (standing.conflict()) {
            throw new DomainException("sifting.error.conflict");
        }
    }

    /** Whether the member has a standing conflict of interest on the application. */
    boolean conflicted(long applicationId, String member) {
        return repository.standing(applicationId, member).map(Declaration::conflict).orElse(false);
    }

    static void validate(@Nullable Integer grade, List<String> met, List<String> checklist) {
        DomainException.Violations violations = new DomainException.Violations();
        if (grade == null || grade < 1 || grade > 3) {
            violations.add("grade", "screening.error.grade");
        }
        if (!checklist.containsAll(met)) {
            violations.add("criteriaMet", "sifting.error.unknownCriterion");
        }
        else if (grade != null && grade == 1 && !met.containsAll(checklist)) {
            violations.add("grade", "sifting.error.oneNeedsAll", checklist.size());
        }
        violations.throwIfAny();
    }

    /**
     * The pass open for grading: the first until an agreement, the next after an agreed
     * 2, none (0) after an agreed 1 or 3.
     */
    static int openPass(List<Agreement> agreements) {
        if (agreements.isEmpty()) {
            return 1;
        }
        Agreement latest = agreements.get(agreements.size() - 1);
        return latest.grade() == 2 ? latest.pass() + 1 : 0;
    }

    /** Each member's current grade in the pass: the one no later grade revises. */
    private static Map<String, Grade> current(List<Grade> grades, int pass) {
        Map<String, Grade> current = new LinkedHashMap<>();
        grades.stream().filter(g -> g.pass() == pass).forEach(g -> current.put(g.member(), g));
        return current;
    }

    private List<String> checklist(ApplicationView application) {
        return calls.content(application.callId(), application.callVersion()).triageChecklist();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
