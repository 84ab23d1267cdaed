package se.sif.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a sorted list, with the total and the query that made it (for the sort
 * links and the paging).
 */
public record ListPage<T>(List<T> items, long total, ListQuery query) {

    public int totalPages() {
        return (int) Math.max(1, (total + query.pageSize() - 1) / query.pageSize());
    }

    public int number() {
        return query.pageNumber();
    }

    public boolean hasPrevious() {
        return number() > 1;
    }

    public boolean hasNext() {
        return number() < totalPages();
    }

    /** Position of the first row shown, counting from 1 (0 when there are none). */
    public long from() {
        return items.isEmpty() ? 0 : query.offset() + 1;
    }

    public long to() {
        return query.offset() + items.size();
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /**
     * The page numbers the pagination shows, GOV.UK style: the first, the last, the
     * current one and its neighbours; {@code null} stands for the ellipsis between them.
     */
    public List<Integer> pageNumbers() {
        List<Integer> numbers = new ArrayList<>();
        int last = totalPages();
        Integer previous = null;
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - number()) <= 1) {
                if (previous != null && n - previous > 1) {
                    numbers.add(null);
                }
                numbers.add(n);
                previous = n;
            }
        }
        return numbers;
    }
}
