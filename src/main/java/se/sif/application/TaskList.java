package se.sif.application;

import java.util.List;

/**
 * The application's task list: the sections its call asks, each with its status and the
 * answers it still lacks (field names of the section's form), in the order the applicant
 * works through them. The submission and the officers' completeness read the same list.
 */
public record TaskList(List<Task> tasks) {

    public enum Status {

        NOT_STARTED, IN_PROGRESS, COMPLETED

    }

    public record Task(ApplicationSection section, Status status, List<String> missing) {

        /** The section's path segment: {@code target-group} for TARGET_GROUP. */
        public String path() {
            return ApplicationSections.path(section);
        }

    }

    public TaskList {
        tasks = List.copyOf(tasks);
    }

    public long completed() {
        return tasks.stream().filter(t -> t.status() == Status.COMPLETED).count();
    }

    public boolean complete() {
        return completed() == tasks.size();
    }

    public boolean asks(ApplicationSection section) {
        return tasks.stream().anyMatch(t -> t.section() == section);
    }

    /** The sections not completed, with what each lacks. */
    public List<Task> incomplete() {
        return tasks.stream().filter(t -> t.status() != Status.COMPLETED).toList();
    }

}
