package se.sif.jobs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Following background jobs from a script. The modules that run jobs have their own
 * endpoints to start them.
 */
@RestController
@Tag(name = "Background jobs", description = "Progress, results and cancellation of long runs")
class JobApiController {

    private final BackgroundJobs jobs;

    JobApiController(BackgroundJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/api/v1/jobs")
    @Operation(summary = "The caller's background jobs, newest first, paged; optionally in one status")
    se.sif.shared.web.Page<JobView> mine(
            @org.springframework.web.bind.annotation.RequestParam(required = false) JobStatus status,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page,
            @org.springframework.web.bind.annotation.RequestParam(
                    defaultValue = se.sif.shared.web.Page.DEFAULT_SIZE) int size) {
        return se.sif.shared.web.Page
            .of(jobs.mine().stream().filter(job -> status == null || job.status() == status).toList(), page, size);
    }

    @GetMapping("/api/v1/jobs/{id}")
    @Operation(summary = "One background job: status, progress, message and JSON result (owner or administrator)")
    JobView one(@PathVariable long id) {
        return jobs.get(id);
    }

    @GetMapping("/api/v1/jobs/{id}/file")
    @Operation(summary = "The job's file result as a download")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return JobDownloads.download(jobs, id);
    }

    @PostMapping("/api/v1/jobs/{id}/cancel")
    @Operation(summary = "Cancel a queued job, or ask a running one to stop; 422 when it has finished")
    JobView cancel(@PathVariable long id) {
        return jobs.cancel(id);
    }

}
