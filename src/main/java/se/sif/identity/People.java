package se.sif.identity;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * People by name, not user name, for pages: {@code ${@people.name(username)}}. A list
 * page names the same few people on many rows, so each request looks a user up once.
 * Someone who is not (or no longer) a user, such as an import or the system, is shown by
 * the name they were recorded under.
 */
@Component("people")
@RequestScope
public class People {

    private final Users users;

    private final Map<String, String> names = new HashMap<>();

    People(Users users) {
        this.users = users;
    }

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "–";
        }
        return names.computeIfAbsent(username, users::displayName);
    }

}
