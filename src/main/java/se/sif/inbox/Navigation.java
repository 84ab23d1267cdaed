package se.sif.inbox;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.sif.identity.Role;

/**
 * The one definition of where each role can go: the menu in the page header and the
 * shortcuts on the start page are both read from here, so a role never sees a link it
 * cannot use and templates compare no role names. Labels are message keys; a shortcut's
 * hint is its key with {@code .hint}.
 */
public final class Navigation {

    private Navigation() {
    }

    /**
     * A place in the menu or a shortcut on the start page, and the roles that have it.
     */
    public record Entry(String labelKey, String path, Set<Role> roles) {
    }

    /**
     * An entry as one page shows it: {@code current} marks the menu item of the section
     * the page belongs to.
     */
    public record Link(String labelKey, String path, boolean current) {
    }

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    private static final Set<Role> OFFICIALS = EnumSet.of(Role.OFFICER, Role.STEERING, Role.BOARD, Role.ADMIN);

    static final List<Entry> MENU = List.of(new Entry("nav.home", "/", EVERYONE),
            new Entry("nav.calls", "/calls",
                    EnumSet.of(Role.OFFICER, Role.APPLICANT, Role.STEERING, Role.BOARD, Role.ADMIN)),
            new Entry("nav.applications", "/applications", OFFICIALS),
            new Entry("nav.myApplications", "/applications", EnumSet.of(Role.APPLICANT)),
            new Entry("nav.myGrants", "/grants", EnumSet.of(Role.APPLICANT)),
            new Entry("nav.assessment", "/assessment", EnumSet.of(Role.ASSESSOR)),
            new Entry("nav.ranking", "/ranking", OFFICIALS), new Entry("nav.funds", "/funds", OFFICIALS),
            new Entry("nav.investments", "/investments", EVERYONE),
            new Entry("nav.unitCosts", "/unit-costs", EnumSet.complementOf(EnumSet.of(Role.ASSESSOR))),
            new Entry("nav.overview", "/overview", OFFICIALS),
            new Entry("nav.audit", "/audit", EnumSet.of(Role.OFFICER, Role.ADMIN)),
            new Entry("nav.organisations", "/organisations", EnumSet.of(Role.OFFICER, Role.ADMIN)),
            new Entry("nav.myOrganisation", "/organisations/mine", EnumSet.of(Role.APPLICANT)),
            new Entry("nav.jobs", "/jobs", EVERYONE),
            new Entry("notification.nav", "/admin/outbox", EnumSet.of(Role.ADMIN)));

    static final List<Entry> SHORTCUTS = List.of(new Entry("task.openCall", "/calls/new", EnumSet.of(Role.OFFICER)),
            new Entry("task.apply", "/calls", EnumSet.of(Role.APPLICANT)),
            new Entry("task.myApplications", "/applications", EnumSet.of(Role.APPLICANT)),
            new Entry("task.screen", "/applications", EnumSet.of(Role.OFFICER)),
            new Entry("task.assess", "/assessment", EnumSet.of(Role.ASSESSOR)),
            new Entry("task.ranking", "/ranking", EnumSet.of(Role.OFFICER, Role.STEERING)),
            new Entry("task.decide", "/ranking", EnumSet.of(Role.BOARD)),
            new Entry("task.funds", "/funds", EnumSet.of(Role.OFFICER)),
            new Entry("task.appropriate", "/funds", EnumSet.of(Role.BOARD)),
            new Entry("task.followUp", "/investments", EnumSet.of(Role.OFFICER)),
            new Entry("task.report", "/investments", EnumSet.of(Role.PROJECT_LEADER)),
            new Entry("task.audit", "/audit", EnumSet.of(Role.ADMIN)),
            new Entry("task.overview", "/overview", OFFICIALS));

    /**
     * The menu of a role, with the item of the section {@code requestPath} belongs to
     * marked current.
     */
    public static List<Link> menu(Role role, String requestPath) {
        List<Entry> mine = MENU.stream().filter(e -> e.roles().contains(role)).toList();
        // The longest matching path wins, so /applications/7 marks "Applications" and not
        // "Start".
        String current = mine.stream()
            .map(Entry::path)
            .filter(path -> requestPath != null
                    && (requestPath.equals(path) || (!path.equals("/") && requestPath.startsWith(path + "/"))))
            .reduce((a, b) -> b.length() > a.length() ? b : a)
            .orElse(null);
        return mine.stream().map(e -> new Link(e.labelKey(), e.path(), e.path().equals(current))).toList();
    }

    /** The start page's shortcuts of a role. */
    public static List<Link> shortcuts(Role role) {
        return SHORTCUTS.stream()
            .filter(e -> e.roles().contains(role))
            .map(e -> new Link(e.labelKey(), e.path(), false))
            .toList();
    }

}
