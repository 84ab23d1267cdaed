package se.sif.economics;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.economics.CalculationDocument.ActorEntry;
import se.sif.economics.CalculationDocument.CostEntry;
import se.sif.economics.CalculationDocument.OutcomeEntry;
import se.sif.economics.CalculationDocument.UncertaintyEntry;
import se.sif.economics.CalculationDocument.ValueStreamEntry;
import se.sif.economics.CalculationForms.ActorRow;
import se.sif.economics.CalculationForms.ActorsForm;
import se.sif.economics.CalculationForms.CostRow;
import se.sif.economics.CalculationForms.CostsForm;
import se.sif.economics.CalculationForms.OutcomeForm;
import se.sif.economics.CalculationForms.RepaymentAgreementForm;
import se.sif.economics.CalculationForms.SettingsForm;
import se.sif.economics.CalculationForms.UncertaintiesForm;
import se.sif.economics.CalculationForms.UncertaintyRow;
import se.sif.economics.CalculationForms.Versioned;
import se.sif.economics.calculation.ActorKind;
import se.sif.economics.calculation.CalculationInputException;
import se.sif.economics.calculation.CalculationResult;
import se.sif.economics.calculation.CostNature;
import se.sif.economics.calculation.CostType;
import se.sif.economics.calculation.DiscountBasis;
import se.sif.economics.calculation.DistributionShape;
import se.sif.economics.calculation.Perspective;
import se.sif.economics.calculation.ValueKind;
import se.sif.organisation.Organisations;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.NotFoundException;
import se.sif.shared.web.Flash;
import se.sif.shared.web.FormErrors;
import se.sif.shared.web.SekFormatter;

/**
 * The calculation editor: a task list inside the application (and the investment it
 * becomes) with one page per part — settings, actors, costs, each outcome, uncertainties
 * — and the results. Plain forms that work without JavaScript, each bound to its record
 * of {@link CalculationForms}; each save is a new version, refused with the problems
 * beside the inputs if the part just edited has any, and the page shown again with what
 * was typed.
 */
@Controller
class CalculationController {

    private static final String BASE = "/applications/{id}/calculation";

    private final Calculations calculations;

    private final CalculationPresenter presenter;

    private final ParameterSets parameterSets;

    private final UnitCosts unitCosts;

    private final Organisations organisations;

    private final Flash flash;

    private final Charts charts;

    private final RepaymentPlans repaymentPlans;

    private final EconomicsMessages messages;

    private final SekFormatter sek;

    CalculationController(Calculations calculations, CalculationPresenter presenter, ParameterSets parameterSets,
            UnitCosts unitCosts, Organisations organisations, Flash flash, Charts charts, RepaymentPlans repaymentPlans,
            EconomicsMessages messages, SekFormatter sek) {
        this.calculations = calculations;
        this.presenter = presenter;
        this.parameterSets = parameterSets;
        this.unitCosts = unitCosts;
        this.organisations = organisations;
        this.flash = flash;
        this.charts = charts;
        this.repaymentPlans = repaymentPlans;
        this.messages = messages;
        this.sek = sek;
    }

    @GetMapping(BASE)
    String overview(@PathVariable long id, Model model) {
        Calculations.Subject subject = calculations.subject(id);
        var latest = calculations.latest(id);
        CalculationDocument doc = latest.map(Calculations.CalculationVersion::document)
            .orElseGet(() -> calculations.working(id));
        List<CalculationInputException.Violation> problems = latest.isEmpty() ? List.of() : calculations.problems(doc);
        common(model, subject, doc);
        model.addAttribute("latest", latest.orElse(null));
        model.addAttribute("versions", calculations.versions(id));
        model.addAttribute("problems", messages.problems(problems));
        model.addAttribute("sections", sections(doc, problems, latest.isPresent()));
        model.addAttribute("result", latest.isPresent() && problems.isEmpty() ? presenter.result(doc, 0, 1) : null);
        model.addAttribute("hasRealised",
                calculations.latestOf(id, List.of(Calculations.Purpose.REALISED)).isPresent());
        return "economics/calculation";
    }

    /** Task-list status per part: not started, has problems, or completed. */
    private static Map<String, String> sections(CalculationDocument doc,
            List<CalculationInputException.Violation> problems, boolean started) {
        Map<String, String> status = new LinkedHashMap<>();
        status.put("settings", !started ? "notStarted" : has(problems, null) ? "problems" : "completed");
        status.put("actors",
                doc.actors().isEmpty() ? "notStarted" : has(problems, "actors") ? "problems" : "completed");
        status.put("costs", doc.costs().isEmpty() ? "notStarted" : has(problems, "costs") ? "problems" : "completed");
        status.put("outcomes",
                doc.outcomes().isEmpty() ? "notStarted" : has(problems, "outcomes") ? "problems" : "completed");
        status.put("uncertainties",
                doc.uncertainties().isEmpty() ? "optional" : has(problems, "uncertainties") ? "problems" : "completed");
        return status;
    }

    private static boolean has(List<CalculationInputException.Violation> problems, @Nullable String list) {
        for (CalculationInputException.Violation v : problems) {
            if (list == null ? !v.field().contains("[") && !v.field().equals("costs") && !v.field().equals("actors")
                    : v.field().equals(list) || v.field().startsWith(list + "[")) {
                return true;
            }
        }
        return false;
    }

    @GetMapping(BASE + "/versions/{version}")
    String results(@PathVariable long id, @PathVariable int version, @RequestParam(defaultValue = "0") int draws,
            @RequestParam(defaultValue = "1") long seed, Model model) {
        Calculations.Subject subject = calculations.subject(id);
        Calculations.CalculationVersion v = calculations.version(id, version);
        common(model, subject, v.document());
        model.addAttribute("shown", v);
        try {
            ResultView result = presenter.result(v.document(), draws, seed);
            CalculationResult computed = calculations.compute(v.document());
            model.addAttribute("result", result);
            model.addAttribute("series", charts.cumulative(result));
            Map<String, String> actorNames = new LinkedHashMap<>();
            result.actors().forEach(a -> actorNames.put(a.id(), a.name()));
            model.addAttribute("actorNames", actorNames);
            if (result.monteCarlo() != null) {
                List<Charts.NpvRow> rows = new ArrayList<>();
                rows.add(Charts.NpvRow.of(messages.get("economics.total"), result.monteCarlo().total()));
                result.monteCarlo()
                    .byActor()
                    .forEach(d -> rows
                        .add(Charts.NpvRow.of(actorNames.getOrDefault(d.actorId(), d.actorId()), d.npv())));
                model.addAttribute("monteCarloRows", rows);
            }
            model.addAttribute("ticks", charts.yearTicks(result.startYear(), result.cumulativeNetOre().size()));
            model.addAttribute("traceGroups", traceGroups(computed));
            Map<String, String> labels = parameterLabels(v.document());
            model.addAttribute("parameterLabels", labels);
            List<SwitchingRow> switching = new ArrayList<>();
            for (ResultView.SwitchingValueView sv : result.switchingValues()) {
                switching.add(new SwitchingRow(labels.getOrDefault(sv.parameter(), sv.parameter()),
                        switchingShown(sv.parameter(), sv.baseValue()),
                        sv.value() == null ? null : switchingShown(sv.parameter(), sv.value().doubleValue()),
                        unitSuffix(sv.parameter())));
            }
            model.addAttribute("switchingRows", switching);
            model.addAttribute("unitCostsUsed", unitCostsUsed(v.document()));
        }
        catch (CalculationInputException e) {
            model.addAttribute("problems", messages.problems(e.violations()));
        }
        model.addAttribute("draws", draws);
        model.addAttribute("seed", seed);
        return "economics/results";
    }

    /**
     * A library unit cost a value stream uses, with the version it is pinned to: where a
     * number comes from.
     */
    record UnitCostUse(@Nullable String outcome, @Nullable String actor, @Nullable Double quantity, long valueOre,
            UnitCosts.UnitCostView unitCost) {
    }

    private List<UnitCostUse> unitCostsUsed(CalculationDocument doc) {
        Map<String, String> actorNames = new LinkedHashMap<>();
        doc.actors().forEach(a -> actorNames.put(a.id(), a.name()));
        List<UnitCostUse> used = new ArrayList<>();
        for (OutcomeEntry o : doc.outcomes()) {
            for (ValueStreamEntry s : o.valueStreams()) {
                if (s.unitCostCode() != null && s.unitCostVersion() != null) {
                    unitCosts.version(s.unitCostCode(), s.unitCostVersion())
                        .ifPresent(u -> used
                            .add(new UnitCostUse(o.name(), actorNames.getOrDefault(s.actorId(), s.actorId()),
                                    s.quantity(), s.unitValueOre() == null ? 0 : s.unitValueOre(), u)));
                }
            }
        }
        return used;
    }

    /**
     * A switching value as the page shows it: in percent, kronor or a count, like the
     * inputs.
     */
    record SwitchingRow(String label, String base, @Nullable String value, String unit) {
    }

    private String unitSuffix(String path) {
        return UncertainParameters.unitOf(path) == UncertainParameters.Unit.SHARE ? "%" : "";
    }

    private static String switchingShown(String path, double value) {
        return UncertainParameters.unitOf(path) == UncertainParameters.Unit.MONEY
                ? se.sif.shared.Money.format(Math.round(value),
                        org.springframework.context.i18n.LocaleContextHolder.getLocale())
                : UncertainParameters.display(path, value);
    }

    /**
     * "Barn med stärkta skyddsfaktorer: effekt" for {@code outcomes[0].impact}, and so
     * on.
     */
    private Map<String, String> parameterLabels(CalculationDocument doc) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (UncertainParameters.Option o : UncertainParameters.of(doc)) {
            labels.put(o.path(), o.outcomeOrActor() + ": " + messages.get("economics.parameter." + o.field()));
        }
        return labels;
    }

    /**
     * One expandable result: its key (also the anchor), what the page calls it, and the
     * trace lines.
     */
    record TraceItem(String key, String anchor, @Nullable String label, List<ResultView.TraceLineView> lines) {
    }

    /**
     * The trace of every result, grouped as a reader looks for it: the totals, each
     * actor, each outcome's units, the switching values; labelled in the user's language
     * rather than by the API's keys.
     */
    private Map<String, List<TraceItem>> traceGroups(CalculationResult computed) {
        Map<String, List<TraceItem>> groups = new LinkedHashMap<>();
        for (String key : computed.traceKeys()) {
            String group;
            String label;
            if (key.startsWith("actors[")) {
                String id = key.substring("actors[".length(), key.indexOf("]."));
                group = computed.actor(id).actor().name();
                label = messages.get("economics.trace." + key.substring(key.indexOf("].") + 2));
            }
            else if (key.startsWith("outcomes[")) {
                group = messages.get("economics.section.outcomes");
                int o = Integer.parseInt(key.substring("outcomes[".length(), key.indexOf(']')));
                label = messages.get("economics.trace.units", computed.calculation().outcomes().get(o).name());
            }
            else if (key.startsWith("switchingValues[")) {
                group = messages.get("economics.switching");
                label = key.substring("switchingValues[".length(), key.length() - 1);
            }
            else {
                group = messages.get("economics.total");
                label = messages.get("economics.trace." + key);
            }
            String anchor = "trace-" + key.replaceAll("[^A-Za-z0-9_]+", "-");
            groups.computeIfAbsent(group, g -> new ArrayList<>())
                .add(new TraceItem(key, anchor, label,
                        computed.explain(key).stream().map(ResultView.TraceLineView::of).toList()));
        }
        return groups;
    }

    @GetMapping(BASE + "/versions/{version}/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable int version) {
        CalculationDocument doc = calculations.version(id, version).document();
        try {
            return presenter.workbook(doc, "calculation-" + id + "-v" + version);
        }
        catch (CalculationInputException e) {
            // A version saved one part at a time may not compute yet: its results page
            // lists why.
            return ResponseEntity.status(org.springframework.http.HttpStatus.SEE_OTHER)
                .location(java.net.URI.create("/applications/" + id + "/calculation/versions/" + version))
                .build();
        }
    }

    @GetMapping(BASE + "/compare")
    String compare(@PathVariable long id, Model model) {
        Calculations.Subject subject = calculations.subject(id);
        var forecast = calculations.latestOf(id, List.of(Calculations.Purpose.FORECAST, Calculations.Purpose.REVISION));
        var realised = calculations.latestOf(id, List.of(Calculations.Purpose.REALISED));
        common(model, subject, forecast.map(Calculations.CalculationVersion::document).orElse(null));
        model.addAttribute("forecast", forecast.orElse(null));
        model.addAttribute("realised", realised.orElse(null));
        model.addAttribute("forecastResult", forecast.map(v -> safeResult(v.document())).orElse(null));
        model.addAttribute("realisedResult", realised.map(v -> safeResult(v.document())).orElse(null));
        return "economics/compare";
    }

    private @Nullable ResultView safeResult(CalculationDocument doc) {
        try {
            return presenter.result(doc, 0, 1);
        }
        catch (CalculationInputException e) {
            return null;
        }
    }

    // --- repayment plan
    // ---------------------------------------------------------------------------------

    @GetMapping(BASE + "/versions/{version}/repayment-plan")
    String repaymentPlan(@PathVariable long id, @PathVariable int version, Model model) {
        return repaymentPlanPage(id, version, model);
    }

    private String repaymentPlanPage(long id, int version, Model model) {
        Calculations.Subject subject = calculations.subject(id);
        Calculations.CalculationVersion v = calculations.version(id, version);
        common(model, subject, v.document());
        model.addAttribute("shown", v);
        RepaymentPlans.Plan plan = null;
        try {
            plan = repaymentPlans.propose(id, version);
        }
        catch (CalculationInputException e) {
            model.addAttribute("problems", messages.problems(e.violations()));
        }
        model.addAttribute("plan", plan);
        if (!model.containsAttribute("agreementForm")) {
            model.addAttribute("agreementForm", new RepaymentAgreementForm(plan == null ? null : plan.share(), null));
        }
        model.addAttribute("lossCovers", se.sif.fund.RepaymentAgreement.LossCover.values());
        return "economics/repayment-plan";
    }

    @PostMapping(BASE + "/versions/{version}/repayment-plan/agree")
    String agreeRepaymentPlan(@PathVariable long id, @PathVariable int version,
            @Valid @ModelAttribute("agreementForm") RepaymentAgreementForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                repaymentPlans.agree(id, version, form.lossCover(), form.share());
                flash.add(redirect, "economics.repayment.agreed");
                return "redirect:/applications/" + id + "/calculation/versions/" + version + "/repayment-plan";
            }
            catch (ConcurrentEditException e) {
                FormErrors.reject(result, e);
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return repaymentPlanPage(id, version, model);
    }

    @PostMapping(BASE + "/versions/{version}/repayment-plan/revise")
    String reviseRepaymentPlan(@PathVariable long id, @PathVariable int version, RedirectAttributes redirect) {
        flash.attempt(redirect, "economics.repayment.revised", () -> repaymentPlans.revise(id, version));
        return "redirect:/applications/" + id + "/calculation/versions/" + version + "/repayment-plan";
    }

    @PostMapping(BASE + "/realised")
    String realised(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        flash.attempt(redirect, "economics.realised.done", () -> calculations.recordRealised(id, version));
        return "redirect:/applications/" + id + "/calculation/compare";
    }

    // --- settings
    // ---------------------------------------------------------------------------------------

    @GetMapping(BASE + "/settings")
    String settings(@PathVariable long id, Model model) {
        model.addAttribute("settingsForm", SettingsForm.of(calculations.working(id), latestVersion(id)));
        return settingsPage(id, model);
    }

    private String settingsPage(long id, Model model) {
        editable(model, id);
        model.addAttribute("discountingOptions", sets(ParameterSets.Kind.DISCOUNTING));
        model.addAttribute("optimismOptions", sets(ParameterSets.Kind.OPTIMISM_BIAS));
        model.addAttribute("priceIndexOptions", sets(ParameterSets.Kind.PRICE_INDEX));
        model.addAttribute("perspectives", Perspective.values());
        model.addAttribute("firstYears", Discounting.FirstYear.values());
        return "economics/settings";
    }

    @PostMapping(BASE + "/settings")
    String saveSettings(@PathVariable long id, @Valid @ModelAttribute("settingsForm") SettingsForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        CalculationDocument doc = form.applyTo(calculations.working(id));
        return save(id, form, result, !result.hasErrors(), doc, "settings", CalculationForms::settingsField, model,
                redirect, () -> settingsPage(id, model));
    }

    // --- actors
    // -----------------------------------------------------------------------------------------

    @GetMapping(BASE + "/actors")
    String actors(@PathVariable long id, Model model) {
        model.addAttribute("actorsForm", ActorsForm.of(calculations.working(id), latestVersion(id)));
        return actorsPage(id, model);
    }

    private String actorsPage(long id, Model model) {
        editable(model, id);
        Map<String, String> organisationOptions = new LinkedHashMap<>();
        organisations.all().forEach(o -> organisationOptions.put(String.valueOf(o.id()), o.name()));
        model.addAttribute("organisationOptions", organisationOptions);
        model.addAttribute("actorKinds", ActorKind.values());
        return "economics/actors";
    }

    @PostMapping(BASE + "/actors")
    String saveActors(@PathVariable long id, @Valid @ModelAttribute("actorsForm") ActorsForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        List<Integer> index = new ArrayList<>();
        List<ActorEntry> actors = CalculationForms.entries(form.rows(), ActorRow::entry, index);
        DomainException.Violations unknown = new DomainException.Violations();
        for (int i : index) {
            Long organisation = form.rows().get(i).organisationId();
            if (organisation != null && !organisations.exists(organisation)) {
                unknown.add("rows[" + i + "].organisationId", "economics.form.choose");
            }
        }
        boolean readable = checked(result, "rows", form.rows(), unknown);
        CalculationDocument doc = calculations.working(id).withActors(actors);
        return save(id, form, result, readable, doc, "actors",
                CalculationForms.rowFields("actors", index, "rows", "id"), model, redirect,
                () -> actorsPage(id, model));
    }

    // --- costs
    // ------------------------------------------------------------------------------------------

    @GetMapping(BASE + "/costs")
    String costs(@PathVariable long id, Model model) {
        model.addAttribute("costsForm", CostsForm.of(calculations.working(id), latestVersion(id)));
        return costsPage(id, model);
    }

    private String costsPage(long id, Model model) {
        editable(model, id);
        model.addAttribute("costTypes", CostType.values());
        model.addAttribute("costNatures", CostNature.values());
        return "economics/costs";
    }

    @PostMapping(BASE + "/costs")
    String saveCosts(@PathVariable long id, @Valid @ModelAttribute("costsForm") CostsForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        List<Integer> index = new ArrayList<>();
        List<CostEntry> costs = CalculationForms.entries(form.rows(), CostRow::entry, index);
        boolean readable = !CalculationForms.hasErrors(result, "rows", form.rows());
        CalculationDocument doc = calculations.working(id).withCosts(costs);
        return save(id, form, result, readable, doc, "costs",
                CalculationForms.rowFields("costs", index, "rows", "amount"), model, redirect,
                () -> costsPage(id, model));
    }

    // --- outcomes
    // ---------------------------------------------------------------------------------------

    /** {@code n} is the outcome's index, or {@code new} for a new one. */
    @GetMapping(BASE + "/outcomes/{n}")
    String outcome(@PathVariable long id, @PathVariable String n, Model model) {
        CalculationDocument doc = calculations.working(id);
        int index = outcomeIndex(n, doc);
        int version = latestVersion(id);
        model.addAttribute("outcomeForm", index < doc.outcomes().size()
                ? OutcomeForm.of(doc.outcomes().get(index), version) : OutcomeForm.newOutcome(version));
        return outcomePage(id, index, doc, model);
    }

    private String outcomePage(long id, int index, CalculationDocument working, Model model) {
        Calculations.Subject subject = editable(model, id);
        model.addAttribute("index", index);
        var locale = LocaleContextHolder.getLocale();
        Map<String, String> unitCostOptions = new LinkedHashMap<>();
        for (UnitCosts.UnitCostView u : unitCosts.current()) {
            unitCostOptions.put(u.code(), u.name(locale) + " (" + sek.format(u.valueOre()) + " " + u.unit(locale) + ", "
                    + u.priceYear() + (u.estimate() ? ", " + messages.get("economics.unitCost.estimate") : "") + ")");
        }
        model.addAttribute("unitCostOptions", unitCostOptions);
        // what each pinned library unit cost was worth when the calculation was saved
        Map<String, String> pinnedValues = new LinkedHashMap<>();
        for (OutcomeEntry o : working.outcomes()) {
            for (ValueStreamEntry s : o.valueStreams()) {
                if (s.unitCostCode() != null && s.unitCostVersion() != null && s.unitValueOre() != null) {
                    pinnedValues.put(s.unitCostCode() + "/" + s.unitCostVersion(),
                            CalculationForms.kronorText(s.unitValueOre()));
                }
            }
        }
        model.addAttribute("pinnedValues", pinnedValues);
        Map<String, String> indicatorOptions = new LinkedHashMap<>();
        if (subject.investment() != null) {
            subject.investment()
                .indicators()
                .forEach(i -> indicatorOptions.put(String.valueOf(i.id()), i.name() + " (" + i.unit() + ")"));
        }
        model.addAttribute("indicatorOptions", indicatorOptions);
        model.addAttribute("discountBases", DiscountBasis.values());
        model.addAttribute("measures", CalculationDocument.IndicatorMeasure.values());
        model.addAttribute("valueKinds", ValueKind.values());
        return "economics/outcome";
    }

    private static int outcomeIndex(String n, CalculationDocument doc) {
        if ("new".equals(n)) {
            return doc.outcomes().size();
        }
        try {
            int index = Integer.parseInt(n);
            if (index >= 0 && index < doc.outcomes().size()) {
                return index;
            }
        }
        catch (NumberFormatException e) {
            // not a number: no such outcome
        }
        throw new NotFoundException("outcome", n);
    }

    @PostMapping(BASE + "/outcomes/{n}")
    String saveOutcome(@PathVariable long id, @PathVariable String n,
            @Valid @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        CalculationDocument working = calculations.working(id);
        int index = outcomeIndex(n, working);
        List<OutcomeEntry> outcomes = new ArrayList<>(working.outcomes());
        if (Boolean.TRUE.equals(form.removeOutcome()) && index < outcomes.size()) {
            // what was typed does not matter when the whole outcome goes
            outcomes.remove(index);
            CalculationDocument doc = working.withOutcomes(outcomes).withUncertainties(withoutOutcome(working, index));
            return save(id, form, result, true, doc, "outcomes", path -> null, model, redirect,
                    () -> outcomePage(id, index, working, model));
        }
        List<Integer> streamIndex = new ArrayList<>();
        OutcomeEntry outcome = form.entry(streamIndex);
        if (index < outcomes.size()) {
            outcomes.set(index, outcome);
        }
        else {
            outcomes.add(outcome);
        }
        boolean readable = !CalculationForms.hasErrors(result, "streams", form.streams());
        return save(id, form, result, readable, working.withOutcomes(outcomes), "outcomes[" + index + "]",
                CalculationForms.outcomeFields(index, streamIndex), model, redirect,
                () -> outcomePage(id, index, working, model));
    }

    /**
     * The uncertainties without those of a removed outcome; the outcomes after it move up
     * a place, and so do their uncertainties' paths.
     */
    private static List<UncertaintyEntry> withoutOutcome(CalculationDocument working, int index) {
        List<UncertaintyEntry> kept = new ArrayList<>();
        Pattern outcomePath = Pattern.compile("^outcomes\\[(\\d+)](.*)$");
        for (UncertaintyEntry u : working.uncertainties()) {
            Matcher m = u.parameter() == null ? null : outcomePath.matcher(u.parameter());
            if (m == null || !m.matches()) {
                kept.add(u);
            }
            else if (Integer.parseInt(m.group(1)) != index) {
                int o = Integer.parseInt(m.group(1));
                kept.add(new UncertaintyEntry("outcomes[" + (o > index ? o - 1 : o) + "]" + m.group(2), u.low(),
                        u.likely(), u.high(), u.shape()));
            }
        }
        return kept;
    }

    // --- uncertainties
    // ----------------------------------------------------------------------------------

    @GetMapping(BASE + "/uncertainties")
    String uncertainties(@PathVariable long id, Model model) {
        CalculationDocument doc = calculations.working(id);
        List<UncertaintyRow> rows = new ArrayList<>();
        for (UncertaintyEntry u : doc.uncertainties()) {
            rows.add(new UncertaintyRow(u.parameter(), UncertainParameters.toForm(u.parameter(), u.low()),
                    UncertainParameters.toForm(u.parameter(), u.high()), u.shape(), null));
        }
        model.addAttribute("uncertaintiesForm",
                new UncertaintiesForm(CalculationForms.padded(rows, UncertaintyRow.EMPTY), latestVersion(id), null));
        return uncertaintiesPage(id, model, doc);
    }

    private String uncertaintiesPage(long id, Model model, CalculationDocument doc) {
        editable(model, id);
        Map<String, String> parameterOptions = new LinkedHashMap<>();
        for (UncertainParameters.Option o : UncertainParameters.of(doc)) {
            parameterOptions.put(o.path(), o.outcomeOrActor() + ": " + messages.get("economics.parameter." + o.field())
                    + " (" + messages.get("economics.likely") + " " + o.shownValue() + ")");
        }
        model.addAttribute("parameterOptions", parameterOptions);
        model.addAttribute("shapes", DistributionShape.values());
        return "economics/uncertainties";
    }

    @PostMapping(BASE + "/uncertainties")
    String saveUncertainties(@PathVariable long id, @Valid @ModelAttribute("uncertaintiesForm") UncertaintiesForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        CalculationDocument working = calculations.working(id);
        Map<String, UncertainParameters.Option> options = new LinkedHashMap<>();
        for (UncertainParameters.Option o : UncertainParameters.of(working)) {
            options.put(o.path(), o);
        }
        DomainException.Violations refused = new DomainException.Violations();
        List<UncertaintyEntry> entries = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < form.rows().size(); i++) {
            UncertaintyRow row = form.rows().get(i);
            if (row.skipped()) {
                continue;
            }
            String p = "rows[" + i + "].";
            UncertainParameters.Option option = row.parameter() == null ? null : options.get(row.parameter());
            if (option == null) {
                refused.add(p + "parameter", "economics.form.choose");
                continue;
            }
            entries.add(new UncertaintyEntry(option.path(), typed(option, row.low(), p + "low", refused),
                    option.value(), typed(option, row.high(), p + "high", refused), row.shape()));
            index.add(i);
        }
        boolean readable = checked(result, "rows", form.rows(), refused);
        return save(id, form, result, readable, working.withUncertainties(entries), "uncertainties",
                CalculationForms.rowFields("uncertainties", index, "rows", "low"), model, redirect,
                () -> uncertaintiesPage(id, model, working));
    }

    /**
     * A low or high value typed in the parameter's unit, as the document keeps it; kronor
     * have at most two decimals (öre).
     */
    private static @Nullable Double typed(UncertainParameters.Option option, @Nullable BigDecimal value, String field,
            DomainException.Violations refused) {
        if (value == null) {
            return null;
        }
        if (option.unit() == UncertainParameters.Unit.MONEY && value.stripTrailingZeros().scale() > 2) {
            refused.add(field, "money.error.format");
            return null;
        }
        return option.toDocument(value);
    }

    /**
     * A version that does not compute cannot be exported or planned from; the page says
     * so (422) rather than failing. Editor pages never get here: they show the problems
     * beside the inputs.
     */
    @org.springframework.web.bind.annotation.ExceptionHandler(CalculationInputException.class)
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
    String notComputable() {
        return "error/422";
    }

    // --- shared
    // -----------------------------------------------------------------------------------------

    /**
     * Saves the part just edited as a new version and goes back to the task list; or,
     * when something typed could not be read or the calculation refuses the part (each
     * problem beside its input, above the form what has no input), shows the page again
     * with what was typed.
     * @param readable whether everything that counts could be read (values in rows ticked
     * for removal do not)
     * @param fields where the form shows a problem of a path of the document
     */
    private String save(long id, Versioned form, BindingResult result, boolean readable, CalculationDocument doc,
            String section, Function<String, @Nullable String> fields, Model model, RedirectAttributes redirect,
            Supplier<String> page) {
        if (readable) {
            try {
                int saved = calculations.save(id, form.version(), doc, CalculationForms.blank(form.note()), section);
                flash.add(redirect, "economics.saved", saved);
                return "redirect:/applications/" + id + "/calculation";
            }
            catch (CalculationInputException e) {
                FormErrors.reject(result, CalculationForms.refusal(e.violations(), fields, result));
            }
            catch (ConcurrentEditException e) {
                FormErrors.reject(result, e);
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return page.get();
    }

    /**
     * Whether the form can be saved: all values read (but for rows ticked for removal),
     * and none of the page's own checks refused; those are put beside their inputs.
     */
    private static boolean checked(BindingResult result, String table, List<? extends CalculationForms.Row> rows,
            DomainException.Violations refused) {
        if (CalculationForms.hasErrors(result, table, rows)) {
            return false;
        }
        try {
            refused.throwIfAny();
            return true;
        }
        catch (DomainException e) {
            FormErrors.reject(result, e);
            return false;
        }
    }

    /** The latest version's number, which an editor form edits (0 before the first). */
    private int latestVersion(long id) {
        return calculations.latest(id).map(Calculations.CalculationVersion::version).orElse(0);
    }

    private Calculations.Subject editable(Model model, long id) {
        Calculations.Subject subject = calculations.subject(id);
        if (!subject.mayEdit()) {
            throw new org.springframework.security.access.AccessDeniedException("may not edit this calculation");
        }
        CalculationDocument doc = calculations.latest(id)
            .map(Calculations.CalculationVersion::document)
            .orElseGet(() -> calculations.working(id));
        common(model, subject, doc);
        return subject;
    }

    private void common(Model model, Calculations.Subject subject, @Nullable CalculationDocument doc) {
        Map<String, String> actorOptions = new LinkedHashMap<>();
        if (doc != null) {
            for (ActorEntry a : doc.actors()) {
                if (a.id() != null) {
                    actorOptions.put(a.id(), a.name() == null ? a.id() : a.name());
                }
            }
        }
        model.addAttribute("actorOptions", actorOptions);
        Map<String, String> grades = new LinkedHashMap<>();
        for (int g = 0; g <= 5; g++) {
            grades.put(String.valueOf(g), messages.get("economics.grade." + g));
        }
        model.addAttribute("gradeOptions", grades);
        model.addAttribute("subject", subject);
        model.addAttribute("app", subject.application());
        model.addAttribute("doc", doc);
    }

    private Map<String, String> sets(ParameterSets.Kind kind) {
        Map<String, String> options = new LinkedHashMap<>();
        for (ParameterSets.ParameterSet set : parameterSets.all(kind)) {
            options.put(set.version(), set.version() + " – " + messages.describe(set));
        }
        return options;
    }

}
