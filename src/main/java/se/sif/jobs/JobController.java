package se.sif.jobs;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.shared.ListPage;
import se.sif.shared.ListQuery;
import se.sif.shared.web.Flash;

/**
 * The signed-in user's background jobs. A job's page works without JavaScript: "update
 * status" reloads it, and the user may turn on an automatic reload (every
 * {@value #REFRESH_SECONDS} s while the job runs). Automatic reloading is off until the
 * user asks for it, because a page that reloads itself by default fails WCAG 2.2.1
 * (Timing Adjustable, failure F41) and axe's meta-refresh rule.
 */
@Controller
class JobController {

    static final int REFRESH_SECONDS = 3;

    private final BackgroundJobs jobs;

    private final Flash flash;

    JobController(BackgroundJobs jobs, Flash flash) {
        this.jobs = jobs;
        this.flash = flash;
    }

    /**
     * The user's jobs, newest first; sorted, filtered and paged on the server, all in the
     * query string ({@code ?status=FAILED&sort=title&page=2}).
     */
    @GetMapping("/jobs")
    String list(@RequestParam(required = false) JobStatus status, @RequestParam(required = false) String text,
            ListQuery query, Model model) {
        BackgroundJobs.Filter filter = new BackgroundJobs.Filter(status, text);
        ListPage<JobView> page = jobs.mine(filter, query);
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("query", page.query());
        model.addAttribute("jobs", page.items());
        model.addAttribute("statuses", JobStatus.values());
        return "jobs/list";
    }

    @GetMapping("/jobs/{id}")
    String show(@PathVariable long id, @RequestParam(name = "refresh", required = false) String refresh, Model model) {
        JobView job = jobs.get(id);
        boolean auto = "auto".equals(refresh) && !job.finished();
        model.addAttribute("job", job);
        model.addAttribute("autoRefresh", auto);
        model.addAttribute("refreshSeconds", auto ? REFRESH_SECONDS : null);
        model.addAttribute("refreshEvery", REFRESH_SECONDS);
        return "jobs/show";
    }

    @GetMapping("/jobs/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return JobDownloads.download(jobs, id);
    }

    @PostMapping("/jobs/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        flash.attempt(redirect, "jobs.cancelRequested", () -> jobs.cancel(id));
        return "redirect:/jobs/" + id;
    }

}
