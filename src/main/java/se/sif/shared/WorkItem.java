package se.sif.shared;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;

/**
 * One thing that waits for a person, as a module reports it for the start page's work
 * inbox: what it is (the title, as the data names it), its registration number or other
 * short reference, where to act on it, and when it is due (null when nothing sets a
 * date). A module answers only for its own tables; the inbox composes the answers.
 */
public record WorkItem(String title, @Nullable String reference, String path, @Nullable LocalDate due) {
}
