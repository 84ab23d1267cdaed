package se.sif.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a list page asks for: which page, how many rows, sorted by which column in which
 * direction, as the query string carries it ({@code ?page=2&sort=title&dir=desc}), so a
 * sorted, filtered page can be bookmarked and works without JavaScript. Sort keys are
 * names, never SQL: a service maps each allowed key to its own column ({@link #orderBy})
 * or comparator ({@link #apply}), and an unknown key falls back to the default.
 */
public record ListQuery(Integer page, Integer size, String sort, String dir) {

    public static final int DEFAULT_SIZE = 25;

    public static final int MAX_SIZE = 200;

    /** The first page of a list sorted by its default column. */
    public static ListQuery first(String sort, boolean descending) {
        return new ListQuery(1, DEFAULT_SIZE, sort, descending ? "desc" : "asc");
    }

    /**
     * This query with a known sort key (the default one when none or an unknown one was
     * asked for).
     */
    public ListQuery sortedBy(java.util.Collection<String> allowed, String defaultSort, boolean defaultDescending) {
        boolean known = sort != null && allowed.contains(sort);
        String direction = known && ("asc".equals(dir) || "desc".equals(dir)) ? dir
                : defaultDescending ? "desc" : "asc";
        return new ListQuery(pageNumber(), pageSize(), known ? sort : defaultSort, direction);
    }

    public int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    public int pageSize() {
        return size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public boolean descending() {
        return "desc".equals(dir);
    }

    public long offset() {
        return (long) (pageNumber() - 1) * pageSize();
    }

    /**
     * An SQL {@code order by} list for this query from the service's own whitelist of
     * column expressions, with a tie-breaker so paging is stable. Only the whitelist's
     * text reaches the SQL.
     */
    public String orderBy(Map<String, String> columns, String tieBreaker) {
        String column = columns.get(sort);
        if (column == null) {
            throw new IllegalArgumentException("sort key not normalised: " + sort);
        }
        String direction = descending() ? " desc nulls last" : " asc nulls first";
        return column + direction + ", " + tieBreaker + (descending() ? " desc" : " asc");
    }

    /**
     * Sorts and pages a list already in memory (a short list a service has read whole),
     * by the named comparator.
     */
    public <T> ListPage<T> apply(List<T> all, Map<String, Comparator<T>> comparators) {
        Comparator<T> comparator = comparators.get(sort);
        if (comparator == null) {
            throw new IllegalArgumentException("sort key not normalised: " + sort);
        }
        List<T> sorted = all.stream().sorted(descending() ? comparator.reversed() : comparator).toList();
        int from = (int) Math.min(offset(), sorted.size());
        int to = (int) Math.min(offset() + pageSize(), sorted.size());
        return new ListPage<>(sorted.subList(from, to), sorted.size(), this);
    }
}
