package se.sif.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.sif.call.CallContent;
import se.sif.call.Calls;
import se.sif.organisation.Organisations;

/**
 * Applies the task list's rules ({@link ApplicationSections}) to stored applications:
 * asks the call module for the version each was written against and the economics module
 * (through {@link CalculationPresence}) which have a calculation. One place for the
 * submission, the officers' completeness, the check-your-answers page and the PDF copy.
 */
@Component
class TaskLists {

    /**
     * What the answers fragment ({@code application/check :: answers}) shows beside the
     * application: its task list, the project type's questions, and the names of the
     * collaboration's organisations.
     */
    record Answers(TaskList tasks, List<String> typeQuestions, Map<Long, String> names) {
    }

    private final Calls calls;

    private final Organisations organisations;

    private final ObjectProvider<CalculationPresence> calculations;

    TaskLists(Calls calls, Organisations organisations, ObjectProvider<CalculationPresence> calculations) {
        this.calls = calls;
        this.organisations = organisations;
        this.calculations = calculations;
    }

    TaskList of(ApplicationView application) {
        return java.util.Objects.requireNonNull(of(List.of(application)).get(application.id()));
    }

    /** The task lists of many applications, each call version read once. */
    Map<Long, TaskList> of(List<ApplicationView> applications) {
        Map<String, CallContent> callVersions = new java.util.HashMap<>();
        CalculationPresence presence = calculations.getIfAvailable();
        Set<Long> withCalculation = presence == null ? Set.of()
                : presence.withCalculation(applications.stream().map(ApplicationView::id).toList());
        Map<Long, TaskList> lists = new LinkedHashMap<>();
        for (ApplicationView a : applications) {
            lists.put(a.id(), ApplicationSections.taskList(a, call(a, callVersions),
                    presence == null ? null : withCalculation.contains(a.id())));
        }
        return lists;
    }

    /** The project type's own questions the application answers. */
    List<String> typeQuestions(ApplicationView application) {
        return ApplicationSections.typeQuestions(call(application, new java.util.HashMap<>()), application.answers());
    }

    Answers answers(ApplicationView application) {
        return new Answers(of(application), typeQuestions(application),
                organisations.names(ApplicationSections.organisations(application)));
    }

    private CallContent call(ApplicationView a, Map<String, CallContent> read) {
        return read.computeIfAbsent(a.callId() + "/" + a.callVersion(),
                key -> calls.content(a.callId(), a.callVersion()));
    }

}
