package se.sif.application;

import java.util.List;

/**
 * How far an application is from submittable: {@code answered} of the {@code required}
 * sections of its task list are completed, and the sections still missing (names of
 * {@link ApplicationSection}), the same names a refused submission gives.
 */
public record Completeness(int answered, int required, List<String> missing) {

    static Completeness of(TaskList tasks) {
        return new Completeness((int) tasks.completed(), tasks.tasks().size(),
                tasks.incomplete().stream().map(t -> t.section().name()).toList());
    }

    public boolean complete() {
        return answered == required;
    }

}
