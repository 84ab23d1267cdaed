package se.sif.application;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.sif.shared.ListQuery;

/** The officials' files of the application list and a call's statistics page. */
@Controller
class ApplicationListController {

    private final ApplicationExports exports;

    private final ApplicationStatistics statistics;

    ApplicationListController(ApplicationExports exports, ApplicationStatistics statistics) {
        this.exports = exports;
        this.statistics = statistics;
    }

    @GetMapping("/applications/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Long callId,
            @RequestParam(required = false) ApplicationStatus status, @RequestParam(required = false) String text,
            ListQuery query) {
        return exports.csv(new Applications.Filter(callId, status, text), query);
    }

    @GetMapping("/applications/export.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Long callId,
            @RequestParam(required = false) ApplicationStatus status, @RequestParam(required = false) String text,
            ListQuery query) {
        return exports.xlsx(new Applications.Filter(callId, status, text), query);
    }

    @GetMapping("/calls/{id}/applications/statistics")
    String statistics(@PathVariable long id, Model model) {
        model.addAttribute("stats", statistics.forCall(id));
        model.addAttribute("statuses", ApplicationStatus.values());
        return "application/statistics";
    }

}
