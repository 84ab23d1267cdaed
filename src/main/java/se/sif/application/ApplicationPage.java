package se.sif.application;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.sif.identity.Users;

/**
 * The application's page, as every controller that shows it again (after a refused
 * submission, partner answer or attachment) fills it: what the applicant's own
 * organisation may do (edit, submit) and, for a user of a partner organisation, its
 * answer; the forms not sent start empty.
 */
@Component
class ApplicationPage {

    private final Users users;

    private final CompletionRequestRepository completionRequests;

    private final CompletionRules completionRules;

    private final ReceiptRepository receipts;

    private final TaskLists taskLists;

    private final Applications applications;

    private final se.sif.call.Calls calls;

    ApplicationPage(Users users, CompletionRequestRepository completionRequests, CompletionRules completionRules,
            ReceiptRepository receipts, TaskLists taskLists, Applications applications, se.sif.call.Calls calls) {
        this.applications = applications;
        this.calls = calls;
        this.taskLists = taskLists;
        this.users = users;
        this.completionRequests = completionRequests;
        this.completionRules = completionRules;
        this.receipts = receipts;
    }

    String show(ApplicationView application, Model model) {
        se.sif.identity.CurrentUser user = users.current();
        model.addAttribute("app", application);
        TaskLists.Answers answers = taskLists.answers(application);
        model.addAttribute("tasks", answers.tasks());
        model.addAttribute("typeQuestions", answers.typeQuestions());
        model.addAttribute("names", answers.names());
        model.addAttribute("own", ApplicationAccess.ofOwnOrganisation(user, application));
        // the newest completion request (the applicant's and the officers' alike) and
        // whether its parts are still open today; the receipts of the submissions
        CompletionRequest request = completionRequests.latest(application.id()).orElse(null);
        model.addAttribute("completionRequest", request);
        model.addAttribute("completionOpenToday",
                request != null && request.isOpen() && !completionRules.editableSections(application).isEmpty());
        model.addAttribute("hasReceipt", !receipts.of(application.id()).isEmpty());
        model.addAttribute("myPartnership",
                application.coApplicants()
                    .stream()
                    .filter(c -> user.organisationId() != null && c.organisationId() == user.organisationId()
                            && user.is(se.sif.identity.Role.APPLICANT))
                    .findFirst()
                    .orElse(null));
        model.addAttribute("preStudyOf", application.preStudyId() == null ? null : readable(application.preStudyId()));
        boolean ownPreStudy = application.preStudy() && ApplicationAccess.ofOwnOrganisation(user, application)
                && user.is(se.sif.identity.Role.APPLICANT);
        java.util.List<ApplicationView> grownOutOf = application.preStudy() ? applications.grownOutOf(application.id())
                : java.util.List.of();
        model.addAttribute("grownOutOf", grownOutOf);
        // where a submitted pre-study of one's own may go on: the open calls for
        // investments it has not already led to an application in
        model.addAttribute("investmentCalls",
                ownPreStudy && application.status() != ApplicationStatus.DRAFT ? calls.all()
                    .stream()
                    .filter(c -> c.open() && !c.content().preStudy())
                    .filter(c -> grownOutOf.stream().noneMatch(g -> g.callId() == c.id()))
                    .toList() : java.util.List.of());
        if (!model.containsAttribute("partnerForm")) {
            model.addAttribute("partnerForm", ApplicationController.PartnerForm.BLANK);
        }
        if (!model.containsAttribute(AttachmentController.FORM)) {
            model.addAttribute(AttachmentController.FORM, new AttachmentForm());
        }
        return "application/show";
    }

    /** The pre-study a full application grew out of, if the reader may see it. */
    private @org.jspecify.annotations.Nullable ApplicationView readable(long preStudyId) {
        try {
            return applications.get(preStudyId);
        }
        catch (se.sif.shared.NotFoundException e) {
            return null;
        }
    }

}
