package se.sif.jobs;

import org.springframework.http.ResponseEntity;
import se.sif.shared.NotFoundException;
import se.sif.shared.web.Downloads;

/** A job's file as a download, for the page and the API. */
final class JobDownloads {

    private JobDownloads() {
    }

    static ResponseEntity<byte[]> download(BackgroundJobs jobs, long id) {
        JobFile file = jobs.file(id).orElseThrow(() -> new NotFoundException("job file", id));
        return Downloads.attachment(file.content(), file.contentType(), file.fileName());
    }

}
