package se.sif.shared.web;

import java.util.List;
import se.sif.shared.DomainException;

/**
 * One page of a list that can grow, the same envelope for every such list of the API:
 * {@code page} counts from 0, {@code size} is at most {@link #MAX_SIZE},
 * {@code totalItems} counts the whole (filtered) list.
 */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public static final String DEFAULT_SIZE = "50";

    public static final int MAX_SIZE = 200;

    /**
     * The requested page of an already filtered list; a page beyond the end is empty, not
     * an error.
     */
    public static <T> Page<T> of(List<T> all, int page, int size) {
        if (page < 0) {
            throw DomainException.onField("page", "problem.pageRange", MAX_SIZE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw DomainException.onField("size", "problem.pageRange", MAX_SIZE);
        }
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        return new Page<>(List.copyOf(all.subList((int) from, (int) to)), page, size, all.size());
    }
}
