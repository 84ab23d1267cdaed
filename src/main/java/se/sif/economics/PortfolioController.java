package se.sif.economics;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.sif.economics.calculation.MonteCarloSettings;
import se.sif.shared.DomainException;
import se.sif.shared.web.FormErrors;
import se.sif.shared.web.SekFormatter;

/**
 * The fund's portfolio page: totals per actor across investments, and the portfolio Monte
 * Carlo job.
 */
@Controller
class PortfolioController {

    /**
     * The portfolio Monte Carlo as asked for: how many draws, and the seed that makes a
     * run repeatable. Empty means the defaults.
     */
    record MonteCarloForm(@Nullable Integer draws, @Nullable Long seed) {

        static final MonteCarloForm DEFAULTS = new MonteCarloForm(MonteCarloSettings.DEFAULT_DRAWS, 1L);

    }

    private final Portfolios portfolios;

    private final EconomicsMessages messages;

    private final SekFormatter sek;

    PortfolioController(Portfolios portfolios, EconomicsMessages messages, SekFormatter sek) {
        this.sek = sek;
        this.portfolios = portfolios;
        this.messages = messages;
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
            rows.add(Charts.NpvRow.of(messages.get("economics.total"), monteCarlo.total()));
            monteCarlo.byActor()
                .forEach((actor, d) -> rows.add(Charts.NpvRow.of(actorNames.getOrDefault(actor, actor), d)));
            model.addAttribute("monteCarloRows", rows);
            model.addAttribute("monteCarloCaption", messages.get("economics.portfolio.monteCarlo.caption",
                    monteCarlo.draws(), monteCarlo.seed(), sek.time(monteCarlo.finishedAt())));
        }
        if (!model.containsAttribute("monteCarloForm")) {
            model.addAttribute("monteCarloForm", MonteCarloForm.DEFAULTS);
        }
        return "economics/portfolio";
    }

    @PostMapping("/funds/{id}/portfolio/export")
    String export(@PathVariable long id) {
        return "redirect:/jobs/" + portfolios.startExport(id, messages.get("economics.portfolio.exportTitle", id));
    }

    @PostMapping("/funds/{id}/portfolio/monte-carlo")
    String monteCarlo(@PathVariable long id, @Valid @ModelAttribute("monteCarloForm") MonteCarloForm form,
            BindingResult result, Model model) {
        if (!result.hasErrors()) {
            int draws = form.draws() == null ? MonteCarloSettings.DEFAULT_DRAWS : form.draws();
            long seed = form.seed() == null ? 1 : form.seed();
            try {
                return "redirect:/jobs/" + portfolios.startMonteCarlo(id, draws, seed,
                        messages.get("economics.portfolio.jobTitle", id, draws, seed));
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return portfolio(id, model);
    }

}
