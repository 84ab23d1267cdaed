package se.sif.economics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.economics.CalculationDocument.ActorEntry;
import se.sif.economics.CalculationDocument.CostEntry;
import se.sif.economics.CalculationDocument.IndicatorMeasure;
import se.sif.economics.CalculationDocument.OutcomeEntry;
import se.sif.economics.CalculationDocument.UncertaintyEntry;
import se.sif.economics.CalculationDocument.ValueStreamEntry;
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
import se.sif.shared.web.Flash;

/**
 * The calculation editor: a task list inside the application (and the investment it
 * becomes) with one page per part — settings, actors, costs, each outcome, uncertainties
 * — and the results. Plain forms that work without JavaScript; each save is a new
 * version, refused with the problems beside the inputs if the part just edited has any.
 */
@Controller
class CalculationController {

    private static final String BASE = "/applications/{id}/calculation";

    private final Calculations calculations;

    private final CalculationForms forms;

    private final CalculationPresenter presenter;

    private final ParameterSets parameterSets;

    private final UnitCosts unitCosts;

    private final Organisations organisations;

    private final Flash flash;

    private final Charts charts;

    private final RepaymentPlans repaymentPlans;

    CalculationController(Calculations calculations, CalculationForms forms, CalculationPresenter presenter,
            ParameterSets parameterSets, UnitCosts unitCosts, Organisations organisations, Flash flash, Charts charts,
            RepaymentPlans repaymentPlans) {
        this.charts = charts;
        this.repaymentPlans = repaymentPlans;
        this.calculations = calculations;
        this.forms = forms;
        this.presenter = presenter;
        this.parameterSets = parameterSets;
        this.unitCosts = unitCosts;
        this.organisations = organisations;
        this.flash = flash;
    }

    // --- overview and results
    // ---------------------------------------------------------------------------

    @GetMapping(BASE)
    String overview(@PathVariable long id, Model model) {
        Calculations.Subject subject = calculations.subject(id);
        var latest = calculations.latest(id);
        CalculationDocument doc = latest.map(Calculations.CalculationVersion::document)
            .orElseGet(() -> calculations.working(id));
        List<CalculationInputException.Violation> problems = latest.isEmpty() ? List.of() : calculations.problems(doc);
        common(model, subject, doc, latest.map(Calculations.CalculationVersion::version).orElse(0));
        model.addAttribute("latest", latest.orElse(null));
        model.addAttribute("versions", calculations.versions(id));
        model.addAttribute("problems",
                problems.stream().map(v -> Map.of("field", v.field(), "message", forms.localise(v))).toList());
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
        common(model, subject, v.document(), version);
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
                rows.add(Charts.NpvRow.of(forms.message("economics.total"), result.monteCarlo().total()));
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
            model.addAttribute("problems",
                    e.violations()
                        .stream()
                        .map(p -> Map.of("field", p.field(), "message", forms.localise(p)))
                        .toList());
        }
        model.addAttribute("draws", draws);
        model.addAttribute("seed", seed);
        return "economics/results";
    }

    /**
     * A library unit cost a value stream uses, with the version it is pinned to: where a
     * number comes from.
     */
    record UnitCostUse(String outcome, String actor, @Nullable Double quantity, long valueOre,
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
            labels.put(o.path(), o.outcomeOrActor() + ": " + forms.message("economics.parameter." + o.field()));
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
                label = forms.message("economics.trace." + key.substring(key.indexOf("].") + 2));
            }
            else if (key.startsWith("outcomes[")) {
                group = forms.message("economics.section.outcomes");
                int o = Integer.parseInt(key.substring("outcomes[".length(), key.indexOf(']')));
                label = forms.message("economics.trace.units", computed.calculation().outcomes().get(o).name());
            }
            else if (key.startsWith("switchingValues[")) {
                group = forms.message("economics.switching");
                label = key.substring("switchingValues[".length(), key.length() - 1);
            }
            else {
                group = forms.message("economics.total");
                label = forms.message("economics.trace." + key);
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
        common(model, subject, forecast.map(Calculations.CalculationVersion::document).orElse(null), 0);
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

    @GetMapping(BASE + "/versions/{version}/repayment-plan")
    String repaymentPlan(@PathVariable long id, @PathVariable int version, Model model) {
        Calculations.Subject subject = calculations.subject(id);
        Calculations.CalculationVersion v = calculations.version(id, version);
        common(model, subject, v.document(), version);
        model.addAttribute("shown", v);
        try {
            model.addAttribute("plan", repaymentPlans.propose(id, version));
        }
        catch (CalculationInputException e) {
            model.addAttribute("problems",
                    e.violations()
                        .stream()
                        .map(p -> Map.of("field", p.field(), "message", forms.localise(p)))
                        .toList());
        }
        model.addAttribute("lossCoverOptions",
                options("fund.lossCover.", se.sif.fund.RepaymentAgreement.LossCover.values()));
        return "economics/repayment-plan";
    }

    @PostMapping(BASE + "/versions/{version}/repayment-plan/agree")
    String agreeRepaymentPlan(@PathVariable long id, @PathVariable int version,
            @RequestParam(required = false) String lossCover, @RequestParam(required = false) String share,
            RedirectAttributes redirect) {
        flash.attempt(redirect, "economics.repayment.agreed", () -> {
            se.sif.fund.RepaymentAgreement.LossCover cover = null;
            try {
                cover = lossCover == null || lossCover.isBlank() ? null
                        : se.sif.fund.RepaymentAgreement.LossCover.valueOf(lossCover);
            }
            catch (IllegalArgumentException e) {
                throw DomainException.onField("lossCover", "fund.error.lossCoverRequired");
            }
            java.math.BigDecimal percent = se.sif.shared.web.FormInput.decimal(share);
            repaymentPlans.agree(id, version, cover, percent == null ? null
                    : percent.divide(java.math.BigDecimal.valueOf(100), 6, java.math.RoundingMode.HALF_EVEN));
        });
        return "redirect:/applications/" + id + "/calculation/versions/" + version + "/repayment-plan";
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
        CalculationDocument doc = calculations.working(id);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", CalculationForms.text(doc.name()));
        form.put("startYear", CalculationForms.text(doc.startYear()));
        form.put("horizonYears", CalculationForms.text(doc.horizonYears()));
        form.put("priceBaseYear", CalculationForms.text(doc.priceBaseYear()));
        form.put("interventionYears", CalculationForms.text(doc.interventionYears()));
        form.put("perspective", CalculationForms.text(doc.perspective()));
        form.put("discountingVersion", CalculationForms.text(doc.discountingVersion()));
        form.put("firstYear", CalculationForms.text(doc.firstYear()));
        form.put("optimismBiasVersion", CalculationForms.text(doc.optimismBiasVersion()));
        form.put("priceIndexVersion", CalculationForms.text(doc.priceIndexVersion()));
        return settingsPage(id, model, form, forms.errors(), null);
    }

    private String settingsPage(long id, Model model, Map<String, String> form, CalculationForms.Errors errors,
            @Nullable Integer version) {
        editable(model, id, version);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.byField);
        model.addAttribute("generalErrors", errors.general);
        model.addAttribute("discountingOptions", sets(ParameterSets.Kind.DISCOUNTING));
        model.addAttribute("optimismOptions", sets(ParameterSets.Kind.OPTIMISM_BIAS));
        model.addAttribute("priceIndexOptions", sets(ParameterSets.Kind.PRICE_INDEX));
        model.addAttribute("perspectiveOptions", options("economics.perspective.", Perspective.values()));
        model.addAttribute("firstYearOptions", options("economics.firstYear.", Discounting.FirstYear.values()));
        return "economics/settings";
    }

    @PostMapping(BASE + "/settings")
    String saveSettings(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        Map<String, String> form = params.toSingleValueMap();
        CalculationForms.Errors errors = forms.errors();
        CalculationDocument doc = calculations.working(id)
            .withSettings(blank(form.get("name")), errors.integer(form, "startYear", "startYear"),
                    errors.integer(form, "horizonYears", "horizonYears"),
                    errors.integer(form, "priceBaseYear", "priceBaseYear"),
                    errors.integer(form, "interventionYears", "interventionYears"),
                    errors.choice(form, "perspective", "perspective", Perspective.class),
                    blank(form.get("discountingVersion")),
                    errors.choice(form, "firstYear", "firstYear", Discounting.FirstYear.class),
                    blank(form.get("optimismBiasVersion")), blank(form.get("priceIndexVersion")));
        if (doc.startYear() == null && !errors.byField.containsKey("startYear")) {
            errors.add("startYear", "validation.required");
        }
        return save(id, params, doc, "settings", errors, null, List.of(), null, List.of(), redirect,
                () -> settingsPage(id, model, form, errors, version(params)));
    }

    // --- actors
    // -----------------------------------------------------------------------------------------

    private static final List<String> ACTOR_INPUTS = List.of("id", "name", "kind", "organisationId");

    @GetMapping(BASE + "/actors")
    String actors(@PathVariable long id, Model model) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (ActorEntry a : calculations.working(id).actors()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", CalculationForms.text(a.id()));
            row.put("name", CalculationForms.text(a.name()));
            row.put("kind", CalculationForms.text(a.kind()));
            row.put("ownerOrganisation", Boolean.TRUE.equals(a.ownerOrganisation()) ? "on" : "");
            row.put("organisationId", CalculationForms.text(a.organisationId()));
            rows.add(row);
        }
        return actorsPage(id, model, padded(rows), forms.errors(), null);
    }

    private String actorsPage(long id, Model model, List<Map<String, String>> rows, CalculationForms.Errors errors,
            @Nullable Integer version) {
        editable(model, id, version);
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors.byField);
        model.addAttribute("generalErrors", errors.general);
        model.addAttribute("actorKindOptions", options("economics.actorKind.", ActorKind.values()));
        Map<String, String> organisationOptions = new LinkedHashMap<>();
        organisations.all().forEach(o -> organisationOptions.put(String.valueOf(o.id()), o.name()));
        model.addAttribute("organisationOptions", organisationOptions);
        return "economics/actors";
    }

    @PostMapping(BASE + "/actors")
    String saveActors(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        List<Map<String, String>> rows = CalculationForms.rows(params, "rows");
        CalculationForms.Errors errors = forms.errors();
        List<ActorEntry> actors = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            if (CalculationForms.skipped(row, ACTOR_INPUTS)) {
                continue;
            }
            String p = "rows[" + i + "].";
            String organisation = row.get("organisationId");
            Long organisationId = null;
            if (organisation != null && !organisation.isBlank()) {
                try {
                    organisationId = Long.valueOf(organisation.strip());
                    if (!organisations.exists(organisationId)) {
                        errors.add(p + "organisationId", "economics.form.choose");
                    }
                }
                catch (NumberFormatException e) {
                    errors.add(p + "organisationId", "economics.form.choose");
                }
            }
            actors.add(new ActorEntry(blank(row.get("id")), blank(row.get("name")),
                    errors.choice(row, "kind", p + "kind", ActorKind.class), "on".equals(row.get("ownerOrganisation")),
                    organisationId));
            index.add(i);
        }
        CalculationDocument doc = calculations.working(id).withActors(actors);
        return save(id, params, doc, "actors", errors, "actors", index, null, List.of(), redirect,
                () -> actorsPage(id, model, padded(rows), errors, version(params)));
    }

    // --- costs
    // ------------------------------------------------------------------------------------------

    private static final List<String> COST_INPUTS = List.of("year", "amount", "type", "priceYear", "note");

    @GetMapping(BASE + "/costs")
    String costs(@PathVariable long id, Model model) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (CostEntry c : calculations.working(id).costs()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("actorId", CalculationForms.text(c.actorId()));
            row.put("year", CalculationForms.text(c.year()));
            row.put("amount", CalculationForms.kronor(c.amountOre()));
            row.put("type", CalculationForms.text(c.type()));
            row.put("nature", CalculationForms.text(c.nature()));
            row.put("confidenceGrade", CalculationForms.text(c.confidenceGrade()));
            row.put("priceYear", CalculationForms.text(c.priceYear()));
            row.put("note", CalculationForms.text(c.note()));
            rows.add(row);
        }
        return costsPage(id, model, padded(rows), forms.errors(), null);
    }

    private String costsPage(long id, Model model, List<Map<String, String>> rows, CalculationForms.Errors errors,
            @Nullable Integer version) {
        editable(model, id, version);
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors.byField);
        model.addAttribute("generalErrors", errors.general);
        model.addAttribute("costTypeOptions", options("economics.costType.", CostType.values()));
        model.addAttribute("costNatureOptions", options("economics.costNature.", CostNature.values()));
        return "economics/costs";
    }

    @PostMapping(BASE + "/costs")
    String saveCosts(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        List<Map<String, String>> rows = CalculationForms.rows(params, "rows");
        CalculationForms.Errors errors = forms.errors();
        List<CostEntry> costs = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            if (CalculationForms.skipped(row, COST_INPUTS)) {
                continue;
            }
            String p = "rows[" + i + "].";
            costs.add(new CostEntry(blank(row.get("actorId")), errors.integer(row, "year", p + "year"),
                    errors.kronor(row, "amount", p + "amount"), errors.choice(row, "type", p + "type", CostType.class),
                    errors.choice(row, "nature", p + "nature", CostNature.class),
                    errors.integer(row, "confidenceGrade", p + "confidenceGrade"),
                    errors.integer(row, "priceYear", p + "priceYear"), blank(row.get("note"))));
            index.add(i);
        }
        CalculationDocument doc = calculations.working(id).withCosts(costs);
        return save(id, params, doc, "costs", errors, "costs", index, null, List.of(), redirect,
                () -> costsPage(id, model, padded(rows), errors, version(params)));
    }

    // --- outcomes
    // ---------------------------------------------------------------------------------------

    private static final List<String> STREAM_INPUTS = List.of("unitCostCode", "quantity", "unitValue", "kind",
            "cashableShare");

    /** {@code n} is the outcome's index, or {@code new} for a new one. */
    @GetMapping(BASE + "/outcomes/{n}")
    String outcome(@PathVariable long id, @PathVariable String n, Model model) {
        CalculationDocument doc = calculations.working(id);
        int index = outcomeIndex(n, doc);
        Map<String, String> form = new LinkedHashMap<>();
        List<Map<String, String>> streams = new ArrayList<>();
        if (index < doc.outcomes().size()) {
            OutcomeEntry o = doc.outcomes().get(index);
            form.put("name", CalculationForms.text(o.name()));
            form.put("population", CalculationForms.decimal(o.population()));
            form.put("engagement", CalculationForms.percent(o.engagement()));
            form.put("impact", CalculationForms.percent(o.impact()));
            form.put("deadweight", CalculationForms.percent(o.deadweight()));
            form.put("displacement", CalculationForms.percent(o.displacement()));
            form.put("attribution", CalculationForms.percent(o.attribution()));
            form.put("lagYears", CalculationForms.text(o.lagYears()));
            form.put("durationYears", CalculationForms.text(o.durationYears()));
            form.put("dropOff", CalculationForms.percent(o.dropOff()));
            form.put("discountBasis", CalculationForms.text(o.discountBasis()));
            form.put("indicatorId", CalculationForms.text(o.indicatorId()));
            form.put("indicatorMeasure", CalculationForms.text(o.indicatorMeasure()));
            for (ValueStreamEntry s : o.valueStreams()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("actorId", CalculationForms.text(s.actorId()));
                row.put("unitCostCode", CalculationForms.text(s.unitCostCode()));
                row.put("unitCostVersion", CalculationForms.text(s.unitCostVersion()));
                row.put("unitValue", s.unitCostCode() == null ? CalculationForms.kronor(s.unitValueOre()) : "");
                row.put("quantity", s.unitCostCode() == null ? "" : CalculationForms.decimal(s.quantity()));
                row.put("libraryValue", s.unitCostCode() == null ? "" : CalculationForms.kronor(s.unitValueOre()));
                row.put("kind", CalculationForms.text(s.kind()));
                row.put("cashableShare", CalculationForms.percent(s.cashableShare()));
                row.put("confidenceGrade", CalculationForms.text(s.confidenceGrade()));
                row.put("priceYear", s.unitCostCode() == null ? CalculationForms.text(s.priceYear()) : "");
                streams.add(row);
            }
        }
        else {
            form.put("attribution", "100");
            form.put("durationYears", "1");
        }
        return outcomePage(id, index, model, form, padded(streams), forms.errors(), null);
    }

    private String outcomePage(long id, int index, Model model, Map<String, String> form,
            List<Map<String, String>> streams, CalculationForms.Errors errors, @Nullable Integer version) {
        editable(model, id, version);
        model.addAttribute("index", index);
        model.addAttribute("form", form);
        model.addAttribute("streams", streams);
        model.addAttribute("errors", errors.byField);
        model.addAttribute("generalErrors", errors.general);
        model.addAttribute("valueKindOptions", options("economics.valueKind.", ValueKind.values()));
        model.addAttribute("discountBasisOptions", options("economics.discountBasis.", DiscountBasis.values()));
        model.addAttribute("measureOptions", options("economics.measure.", IndicatorMeasure.values()));
        model.addAttribute("unitCosts", unitCosts.current());
        Calculations.Subject subject = calculations.subject(id);
        var indicators = subject.investment() == null ? List.<se.sif.investment.InvestmentView.Indicator>of()
                : subject.investment().indicators();
        Map<String, String> indicatorOptions = new LinkedHashMap<>();
        indicators.forEach(i -> indicatorOptions.put(String.valueOf(i.id()), i.name() + " (" + i.unit() + ")"));
        model.addAttribute("indicators", indicators);
        model.addAttribute("indicatorOptions", indicatorOptions);
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
        throw new se.sif.shared.NotFoundException("outcome", n);
    }

    @PostMapping(BASE + "/outcomes/{n}")
    String saveOutcome(@PathVariable long id, @PathVariable String n,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        CalculationDocument working = calculations.working(id);
        int index = outcomeIndex(n, working);
        Map<String, String> form = params.toSingleValueMap();
        List<Map<String, String>> rows = CalculationForms.rows(params, "streams");
        CalculationForms.Errors errors = forms.errors();
        List<OutcomeEntry> outcomes = new ArrayList<>(working.outcomes());
        if ("on".equals(form.get("removeOutcome")) && index < outcomes.size()) {
            outcomes.remove(index);
            // The outcomes after the removed one move up a place; so do their
            // uncertainties' paths.
            List<UncertaintyEntry> kept = new ArrayList<>();
            java.util.regex.Pattern outcomePath = java.util.regex.Pattern.compile("^outcomes\\[(\\d+)](.*)$");
            for (UncertaintyEntry u : working.uncertainties()) {
                java.util.regex.Matcher m = u.parameter() == null ? null : outcomePath.matcher(u.parameter());
                if (m == null || !m.matches()) {
                    kept.add(u);
                }
                else if (Integer.parseInt(m.group(1)) != index) {
                    int o = Integer.parseInt(m.group(1));
                    kept.add(new UncertaintyEntry("outcomes[" + (o > index ? o - 1 : o) + "]" + m.group(2), u.low(),
                            u.likely(), u.high(), u.shape()));
                }
            }
            CalculationDocument doc = working.withOutcomes(outcomes).withUncertainties(kept);
            return save(id, params, doc, "outcomes", errors, null, List.of(), null, List.of(), redirect,
                    () -> overview(id, model));
        }
        List<ValueStreamEntry> streams = new ArrayList<>();
        List<Integer> streamIndex = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            if (CalculationForms.skipped(row, STREAM_INPUTS)) {
                continue;
            }
            String p = "streams[" + i + "].";
            String code = blank(row.get("unitCostCode"));
            Integer pinned = code != null && code.equals(blank(row.get("previousCode")))
                    ? errors.integer(row, "unitCostVersion", p + "unitCostCode") : null;
            streams.add(new ValueStreamEntry(blank(row.get("actorId")), code, pinned,
                    code == null ? null : errors.decimal(row, "quantity", p + "quantity"),
                    code == null ? errors.kronor(row, "unitValue", p + "unitValue") : null,
                    errors.choice(row, "kind", p + "kind", ValueKind.class),
                    errors.percent(row, "cashableShare", p + "cashableShare"),
                    errors.integer(row, "confidenceGrade", p + "confidenceGrade"), null,
                    code == null ? errors.integer(row, "priceYear", p + "priceYear") : null));
            streamIndex.add(i);
        }
        Long indicatorId = null;
        String indicator = form.get("indicatorId");
        if (indicator != null && !indicator.isBlank()) {
            try {
                indicatorId = Long.valueOf(indicator.strip());
            }
            catch (NumberFormatException e) {
                errors.add("indicatorId", "economics.form.choose");
            }
        }
        OutcomeEntry outcome = new OutcomeEntry(blank(form.get("name")),
                errors.decimal(form, "population", "population"), errors.percent(form, "engagement", "engagement"),
                errors.percent(form, "impact", "impact"), errors.percent(form, "deadweight", "deadweight"),
                errors.percent(form, "displacement", "displacement"),
                errors.percent(form, "attribution", "attribution"), errors.integer(form, "lagYears", "lagYears"),
                errors.integer(form, "durationYears", "durationYears"), errors.percent(form, "dropOff", "dropOff"),
                errors.choice(form, "discountBasis", "discountBasis", DiscountBasis.class), indicatorId,
                errors.choice(form, "indicatorMeasure", "indicatorMeasure", IndicatorMeasure.class), streams);
        if (index < outcomes.size()) {
            outcomes.set(index, outcome);
        }
        else {
            outcomes.add(outcome);
        }
        CalculationDocument doc = working.withOutcomes(outcomes);
        return save(id, params, doc, "outcomes[" + index + "]", errors, null, List.of(), "outcomes[" + index + "]",
                streamIndex, redirect,
                () -> outcomePage(id, index, model, form, padded(rows), errors, version(params)));
    }

    // --- uncertainties
    // ----------------------------------------------------------------------------------

    private static final List<String> UNCERTAINTY_INPUTS = List.of("parameter", "low", "high");

    @GetMapping(BASE + "/uncertainties")
    String uncertainties(@PathVariable long id, Model model) {
        CalculationDocument doc = calculations.working(id);
        List<Map<String, String>> rows = new ArrayList<>();
        for (UncertaintyEntry u : doc.uncertainties()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("parameter", CalculationForms.text(u.parameter()));
            row.put("low", shown(u.parameter(), u.low()));
            row.put("high", shown(u.parameter(), u.high()));
            row.put("shape", CalculationForms.text(u.shape()));
            rows.add(row);
        }
        return uncertaintiesPage(id, model, doc, padded(rows), forms.errors(), null);
    }

    private String uncertaintiesPage(long id, Model model, CalculationDocument doc, List<Map<String, String>> rows,
            CalculationForms.Errors errors, @Nullable Integer version) {
        editable(model, id, version);
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors.byField);
        model.addAttribute("generalErrors", errors.general);
        Map<String, String> parameterOptions = new LinkedHashMap<>();
        for (UncertainParameters.Option o : UncertainParameters.of(doc)) {
            parameterOptions.put(o.path(), o.outcomeOrActor() + ": " + forms.message("economics.parameter." + o.field())
                    + " (" + forms.message("economics.likely") + " " + o.shownValue() + ")");
        }
        model.addAttribute("parameterOptions", parameterOptions);
        model.addAttribute("shapeOptions", options("economics.shape.", DistributionShape.values()));
        return "economics/uncertainties";
    }

    @PostMapping(BASE + "/uncertainties")
    String saveUncertainties(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        CalculationDocument working = calculations.working(id);
        Map<String, UncertainParameters.Option> options = new LinkedHashMap<>();
        for (UncertainParameters.Option o : UncertainParameters.of(working)) {
            options.put(o.path(), o);
        }
        List<Map<String, String>> rows = CalculationForms.rows(params, "rows");
        CalculationForms.Errors errors = forms.errors();
        List<UncertaintyEntry> entries = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            if (CalculationForms.skipped(row, UNCERTAINTY_INPUTS)) {
                continue;
            }
            String p = "rows[" + i + "].";
            UncertainParameters.Option option = options.get(row.get("parameter"));
            if (option == null) {
                errors.add(p + "parameter", "economics.form.choose");
                continue;
            }
            entries.add(new UncertaintyEntry(option.path(), option.read(errors, row, "low", p + "low"), option.value(),
                    option.read(errors, row, "high", p + "high"),
                    errors.choice(row, "shape", p + "shape", DistributionShape.class)));
            index.add(i);
        }
        CalculationDocument doc = working.withUncertainties(entries);
        return save(id, params, doc, "uncertainties", errors, "uncertainties", index, null, List.of(), redirect,
                () -> uncertaintiesPage(id, model, working, padded(rows), errors, version(params)));
    }

    private static String shown(String path, Double value) {
        return UncertainParameters.display(path, value);
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

    private String save(long id, MultiValueMap<String, String> params, CalculationDocument doc, String section,
            CalculationForms.Errors errors, @Nullable String list, List<Integer> rowIndex,
            @Nullable String streamPrefix, List<Integer> streamIndex, RedirectAttributes redirect,
            java.util.function.Supplier<String> page) {
        if (!errors.any()) {
            try {
                int saved = calculations.save(id, version(params), doc, blank(params.getFirst("note")), section);
                flash.add(redirect, "economics.saved", saved);
                return "redirect:/applications/" + id + "/calculation";
            }
            catch (CalculationInputException e) {
                errors.violations(e.violations(), list, rowIndex, "rows", streamPrefix, streamIndex);
            }
            catch (ConcurrentEditException e) {
                errors.general.add(forms.message("problem.concurrentEdit"));
            }
            catch (DomainException e) {
                errors.general.add(forms.message(e.messageKey(), e.arguments()));
            }
        }
        return page.get();
    }

    private void editable(Model model, long id, Integer version) {
        Calculations.Subject subject = calculations.subject(id);
        if (!subject.mayEdit()) {
            throw new org.springframework.security.access.AccessDeniedException("may not edit this calculation");
        }
        var latest = calculations.latest(id);
        CalculationDocument doc = latest.map(Calculations.CalculationVersion::document)
            .orElseGet(() -> calculations.working(id));
        common(model, subject, doc,
                version != null ? version : latest.map(Calculations.CalculationVersion::version).orElse(0));
    }

    private void common(Model model, Calculations.Subject subject, @Nullable CalculationDocument doc, int version) {
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
            grades.put(String.valueOf(g), forms.message("economics.grade." + g));
        }
        model.addAttribute("gradeOptions", grades);
        model.addAttribute("subject", subject);
        model.addAttribute("app", subject.application());
        model.addAttribute("doc", doc);
        model.addAttribute("version", version);
    }

    private Map<String, String> options(String prefix, Enum<?>[] values) {
        Map<String, String> options = new LinkedHashMap<>();
        for (Enum<?> v : values) {
            options.put(v.name(), forms.message(prefix + v.name()));
        }
        return options;
    }

    private @Nullable Map<String, String> sets(ParameterSets.Kind kind) {
        Map<String, String> options = new LinkedHashMap<>();
        for (ParameterSets.ParameterSet set : parameterSets.all(kind)) {
            options.put(set.version(), set.version() + " – " + set.description());
        }
        return options;
    }

    private static @Nullable Integer version(MultiValueMap<String, String> params) {
        String v = params.getFirst("version");
        try {
            return v == null || v.isBlank() ? null : Integer.valueOf(v.strip());
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<Map<String, String>> padded(List<Map<String, String>> rows) {
        List<Map<String, String>> padded = new ArrayList<>(rows);
        for (int i = 0; i < CalculationForms.EMPTY_ROWS; i++) {
            padded.add(new LinkedHashMap<>());
        }
        return padded;
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
