package se.sif.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address people reach SIF at ({@code sif.public-url}, from {@code SIF_PUBLIC_URL}),
 * for links that leave the site: in e-mail, a page's path is no link without it.
 */
@Component
public class PublicUrl {

    private final String base;

    PublicUrl(@Value("${sif.public-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The absolute link to a path of the site ("/calls/3"). */
    public String of(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }

}
