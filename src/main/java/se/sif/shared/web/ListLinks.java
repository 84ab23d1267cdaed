package se.sif.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import se.sif.shared.ListQuery;

/**
 * Links of a list page, for templates ({@code ${@listLinks.sortHref(query, 'title')}}):
 * they keep the page's filters in the query string and change only the sort or the page,
 * so sorting and paging work without JavaScript.
 */
@Component("listLinks")
public class ListLinks {

    /**
     * The link of a column header: sorts by the column, and flips the direction when it
     * already sorts by it.
     */
    public String sortHref(ListQuery query, String key) {
        String direction = key.equals(query.sort()) && !query.descending() ? "desc" : "asc";
        return current().replaceQueryParam("sort", key)
            .replaceQueryParam("dir", direction)
            .replaceQueryParam("page")
            .encode()
            .build()
            .toUriString();
    }

    public String pageHref(int number) {
        return current().replaceQueryParam("page", number).encode().build().toUriString();
    }

    /**
     * The {@code aria-sort} of a column header: how the list is sorted by it, or "none".
     */
    public String sortState(ListQuery query, String key) {
        return !key.equals(query.sort()) ? "none" : query.descending() ? "descending" : "ascending";
    }

    private static UriComponentsBuilder current() {
        // Path and decoded parameters only (encoded once when the link is built): the
        // links stay relative to
        // whatever host and scheme the proxy presents, and the language choice is not
        // repeated in every link.
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
            .getRequest();
        UriComponentsBuilder builder = UriComponentsBuilder
            .fromPath(request.getRequestURI().substring(request.getContextPath().length()));
        request.getParameterMap().forEach((name, values) -> {
            if (!"lang".equals(name)) {
                builder.queryParam(name, (Object[]) values);
            }
        });
        return builder;
    }

}
