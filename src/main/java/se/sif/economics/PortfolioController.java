package se.sif.economics;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.economics.calculation.MonteCarloSettings;
import se.sif.shared.DomainException;
import se.sif.shared.web.Flash;

/**
 * The fund's portfolio page: totals per actor across investments, and the portfolio Monte
 * Carlo job.
 */
@Controller
class PortfolioController {

    private final Portfolios portfolios;

    private final CalculationForms forms;

    private final Flash flash;

    private final se.sif.shared.web.SekFormatter sek;

    PortfolioController(Portfolios portfolios, CalculationForms forms, Flash flash,
            se.sif.shared.web.SekFormatter sek) {
        this.sek = sek;
        this.portfolios = portfolios;
        this.forms = forms;
        this.flash = flash;
    }

    @GetMapping("/funds/{id}/portfolio")
    String portfolio(@PathVariable long id, Model model) {
        Portfolios.PortfolioView portfolio = portfolios.portfolio(id);
        model.addAttribute("portfolio", portfolio);
        java.util.Map<String, String> actorNames = new java.util.LinkedHashMap<>();
        portfolio.forecast().byActor().forEach(a -> actorNames.put(a.actorId(), a.name()));
        model.addAttribute("actorNames", actorNames);
        model.addAttribute("jobs", portfolios.portfolioJobs());
        Portfolios.MonteCarloSummary monteCarlo = portfolios.latestMonteCarlo(id).orElse(null);
        model.addAttribute("monteCarlo", monteCarlo);
        if (monteCarlo != null) {
            java.util.List<Charts.NpvRow> rows = new java.util.ArrayList<>();
            rows.add(Charts.NpvRow.of(forms.message("economics.total"), monteCarlo.total()));
            monteCarlo.byActor()
                .forEach((actor, d) -> rows.add(Charts.NpvRow.of(actorNames.getOrDefault(actor, actor), d)));
            model.addAttribute("monteCarloRows", rows);
            model.addAttribute("monteCarloCaption", forms.message("economics.portfolio.monteCarlo.caption",
                    monteCarlo.draws(), monteCarlo.seed(), sek.time(monteCarlo.finishedAt())));
        }
        model.addAttribute("defaultDraws", MonteCarloSettings.DEFAULT_DRAWS);
        return "economics/portfolio";
    }

    @PostMapping("/funds/{id}/portfolio/export")
    String export(@PathVariable long id) {
        return "redirect:/jobs/" + portfolios.startExport(id, forms.message("economics.portfolio.exportTitle", id));
    }

    @PostMapping("/funds/{id}/portfolio/monte-carlo")
    String monteCarlo(@PathVariable long id, @RequestParam(required = false) String draws,
            @RequestParam(required = false) String seed, RedirectAttributes redirect) {
        try {
            int n = draws == null || draws.isBlank() ? MonteCarloSettings.DEFAULT_DRAWS
                    : Integer.parseInt(draws.strip());
            long s = seed == null || seed.isBlank() ? 1 : Long.parseLong(seed.strip());
            long job = portfolios.startMonteCarlo(id, n, s, forms.message("economics.portfolio.jobTitle", id, n, s));
            return "redirect:/jobs/" + job;
        }
        catch (NumberFormatException e) {
            flash.error(redirect, "economics.form.wholeNumber");
        }
        catch (DomainException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/funds/" + id + "/portfolio";
    }

}
