package se.sif.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import se.sif.application.ApplicationStatus;
import se.sif.application.Applications;
import se.sif.call.Calls;
import se.sif.fund.FundLedger;
import se.sif.investment.Investments;

@Controller
@Tag(name = "Overview", description = "The fund at a glance")
class OverviewController {

    private final FundLedger ledger;

    private final Calls calls;

    private final Applications applications;

    private final Investments investments;

    OverviewController(FundLedger ledger, Calls calls, Applications applications, Investments investments) {
        this.ledger = ledger;
        this.calls = calls;
        this.applications = applications;
        this.investments = investments;
    }

    private FundOverview overview() {
        return new FundOverview(ledger.funds(),
                calls.all().stream().map(c -> new FundOverview.CallRow(c, applications.countByStatus(c.id()))).toList(),
                investments.all());
    }

    @GetMapping("/overview")
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    String page(Model model) {
        model.addAttribute("overview", overview());
        model.addAttribute("statuses",
                new String[] { "SUBMITTED", "COMPLETION_REQUESTED", "IN_ASSESSMENT", "REJECTED", "GRANTED" });
        return "overview/overview";
    }

    @GetMapping(path = "/api/v1/overview", produces = "application/json")
    @PreAuthorize("hasAnyRole('OFFICER', 'STEERING', 'BOARD', 'ADMIN')")
    @ResponseBody
    @Operation(summary = "Funds with money per year, calls with applications per state, investments with indicators")
    FundOverview api() {
        return overview();
    }

}
