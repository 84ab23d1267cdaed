package se.sif.economics.calculation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The result of a {@link Calculation}. Money in öre; totals count the actors of the
 * calculation's perspective and are the sums of their rounded per-actor figures. Every
 * number can be explained with {@link #explain(String)}: the explanation is built on
 * demand from the kept workings, so computing a result (which a Monte Carlo or a
 * portfolio does thousands of times) does not pay for formatting text.
 */
public final class CalculationResult {

    private final Calculation calculation;

    private final long pvCosts;

    private final long pvBenefits;

    private final long pvCashableBenefits;

    private final List<Long> cumulativeNet;

    private final List<Long> cumulativeDiscountedNet;

    private final OptionalInt paybackYearUndiscounted;

    private final OptionalInt paybackYearDiscounted;

    private final List<ActorResult> actors;

    private final OptionalDouble breakEvenImpactScale;

    private final List<SwitchingValue> switchingValues;

    private final List<TornadoBar> tornado;

    private final Workings workings;

    /** The intermediate numbers an explanation needs. */
    static final class Workings {

        final Calculation calculation;

        final double[][] discountFactors;

        final double[] costPv;

        final double[][] units;

        final double[] streamDiscountedUnits;

        final double[] streamPv;

        Workings(Calculation c, double[][] discountFactors) {
            this.calculation = c;
            this.discountFactors = discountFactors;
            this.costPv = new double[c.costs().size()];
            this.units = new double[c.outcomes().size()][c.horizonYears()];
            int streams = 0;
            for (Outcome o : c.outcomes()) {
                streams += o.valueStreams().size();
            }
            this.streamDiscountedUnits = new double[streams];
            this.streamPv = new double[streams];
        }

    }

    CalculationResult(Calculation calculation, long pvCosts, long pvBenefits, long pvCashableBenefits,
            List<Long> cumulativeNet, List<Long> cumulativeDiscountedNet, OptionalInt paybackYearUndiscounted,
            OptionalInt paybackYearDiscounted, List<ActorResult> actors, OptionalDouble breakEvenImpactScale,
            List<SwitchingValue> switchingValues, List<TornadoBar> tornado, Workings workings) {
        this.calculation = calculation;
        this.pvCosts = pvCosts;
        this.pvBenefits = pvBenefits;
        this.pvCashableBenefits = pvCashableBenefits;
        this.cumulativeNet = List.copyOf(cumulativeNet);
        this.cumulativeDiscountedNet = List.copyOf(cumulativeDiscountedNet);
        this.paybackYearUndiscounted = paybackYearUndiscounted;
        this.paybackYearDiscounted = paybackYearDiscounted;
        this.actors = List.copyOf(actors);
        this.breakEvenImpactScale = breakEvenImpactScale;
        this.switchingValues = switchingValues;
        this.tornado = tornado;
        this.workings = workings;
    }

    public Calculation calculation() {
        return calculation;
    }

    public long pvCosts() {
        return pvCosts;
    }

    public long pvBenefits() {
        return pvBenefits;
    }

    public long npv() {
        return pvBenefits - pvCosts;
    }

    /** PV of benefits / PV of costs; empty when nothing is spent. */
    public OptionalDouble benefitCostRatio() {
        return CalculationEngine.benefitCostRatio(pvBenefits, pvCosts);
    }

    public long pvCashableBenefits() {
        return pvCashableBenefits;
    }

    public long pvNonCashableBenefits() {
        return pvBenefits - pvCashableBenefits;
    }

    /**
     * Cumulative net of the perspective's actors, undiscounted, at the end of each year
     * index.
     */
    public List<Long> cumulativeNet() {
        return cumulativeNet;
    }

    public List<Long> cumulativeDiscountedNet() {
        return cumulativeDiscountedNet;
    }

    public OptionalInt paybackYearUndiscounted() {
        return paybackYearUndiscounted;
    }

    public OptionalInt paybackYearDiscounted() {
        return paybackYearDiscounted;
    }

    /**
     * One result per actor of the calculation, in the calculation's order, whether or not
     * in the perspective.
     */
    public List<ActorResult> actors() {
        return actors;
    }

    public ActorResult actor(String actorId) {
        for (ActorResult a : actors) {
            if (a.actor().id().equals(actorId)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no actor '" + actorId + "' in calculation " + calculation.name());
    }

    /**
     * The smallest common multiplier of all outcomes' impact shares, in [0, 1], at which
     * NPV ≥ 0: "the intervention pays for itself if it achieves this fraction of the
     * expected effect". Empty when even the full expected effect does not pay.
     */
    public OptionalDouble breakEvenImpactScale() {
        return breakEvenImpactScale;
    }

    /**
     * One switching value per main parameter, in the order of
     * {@link CalculationEngine#mainParameters}.
     */
    public List<SwitchingValue> switchingValues() {
        return switchingValues;
    }

    public SwitchingValue switchingValue(Parameter parameter) {
        for (SwitchingValue v : switchingValues) {
            if (v.parameter().equals(parameter)) {
                return v;
            }
        }
        throw new IllegalArgumentException("no switching value for " + parameter.path());
    }

    /** One-way sensitivities of the uncertain parameters, largest swing first. */
    public List<TornadoBar> tornado() {
        return tornado;
    }

    /**
     * The cashable fiscal savings of one actor per year index, undiscounted, in öre
     * (rounded per year): what could actually be handed back to a fund under the
     * repayment model, year by year.
     */
    public List<Long> cashableFiscalByYear(String actorId) {
        Calculation c = calculation;
        double[] perYear = new double[c.horizonYears()];
        for (int o = 0; o < c.outcomes().size(); o++) {
            Outcome outcome = c.outcomes().get(o);
            for (ValueStream stream : outcome.valueStreams()) {
                if (!stream.actorId().equals(actorId) || stream.kind() != ValueKind.FISCAL) {
                    continue;
                }
                double perUnit = stream.unitValueOre()
                        * CompiledCalculation.benefitCoefficient(c, stream, c.discounting().priceIndex())
                        * stream.cashableShare();
                for (int t = 0; t < perYear.length; t++) {
                    perYear[t] += workings.units[o][t] * perUnit;
                }
            }
        }
        List<Long> rounded = new ArrayList<>(perYear.length);
        for (double v : perYear) {
            rounded.add(Math.round(v));
        }
        return rounded;
    }

    /** Every key {@link #explain(String)} understands. */
    public List<String> traceKeys() {
        List<String> keys = new ArrayList<>(List.of("pvCosts", "pvBenefits", "npv", "benefitCostRatio",
                "pvCashableBenefits", "pvNonCashableBenefits", "breakEvenImpactScale", "paybackYearUndiscounted",
                "paybackYearDiscounted"));
        for (ActorResult a : actors) {
            for (String field : ACTOR_FIELDS) {
                keys.add("actors[" + a.actor().id() + "]." + field);
            }
        }
        for (int o = 0; o < calculation.outcomes().size(); o++) {
            keys.add("outcomes[" + o + "].units");
        }
        for (SwitchingValue v : switchingValues) {
            keys.add("switchingValues[" + v.path() + "]");
        }
        return keys;
    }

    private static final List<String> ACTOR_FIELDS = List.of("pvCosts", "pvBenefits", "npv", "pvFiscalBenefits",
            "financialRoi", "pvCashableBenefits", "pvNonCashableBenefits", "paybackYearUndiscounted",
            "paybackYearDiscounted");

    /**
     * The arithmetic behind one number, as lines whose last one carries the number
     * itself; the lines before it are its terms (e.g. one per cost line or value stream).
     * @param key one of {@link #traceKeys()}, e.g. {@code npv},
     * {@code actors[region].paybackYearDiscounted}
     */
    public List<TraceLine> explain(String key) {
        if (key.startsWith("actors[")) {
            int close = key.indexOf("].");
            if (close > 0) {
                return explainActor(actor(key.substring("actors[".length(), close)), key.substring(close + 2));
            }
        }
        if (key.startsWith("outcomes[") && key.endsWith("].units")) {
            return explainUnits(
                    Integer.parseInt(key.substring("outcomes[".length(), key.length() - "].units".length())));
        }
        if (key.startsWith("switchingValues[") && key.endsWith("]")) {
            String path = key.substring("switchingValues[".length(), key.length() - 1);
            for (SwitchingValue v : switchingValues) {
                if (v.path().equals(path)) {
                    return explainSwitchingValue(v);
                }
            }
        }
        List<TraceLine> lines = new ArrayList<>();
        switch (key) {
            case "pvCosts" -> {
                costLines(lines, null);
                lines.add(sumOfActors("PV of costs", ActorResult::pvCosts, pvCosts));
            }
            case "pvBenefits" -> {
                streamLines(lines, null, false);
                lines.add(sumOfActors("PV of benefits", ActorResult::pvBenefits, pvBenefits));
            }
            case "npv" -> lines.add(TraceLine.of("NPV", "PV of benefits − PV of costs",
                    inputs("pvBenefits", pvBenefits, "pvCosts", pvCosts), npv()));
            case "benefitCostRatio" ->
                lines.add(new TraceLine("Benefit–cost ratio", "PV of benefits / PV of costs (none without costs)",
                        inputs("pvBenefits", pvBenefits, "pvCosts", pvCosts), benefitCostRatio()));
            case "pvCashableBenefits" -> {
                streamLines(lines, null, true);
                lines.add(sumOfActors("PV of cashable benefits", ActorResult::pvCashableBenefits, pvCashableBenefits));
            }
            case "pvNonCashableBenefits" ->
                lines.add(TraceLine.of("PV of non-cashable benefits", "PV of benefits − PV of cashable benefits",
                        inputs("pvBenefits", pvBenefits, "pvCashableBenefits", pvCashableBenefits),
                        pvNonCashableBenefits()));
            case "breakEvenImpactScale" -> lines.add(new TraceLine("Break-even impact scale",
                    "PV of costs / PV of benefits, since NPV(s) = s × PV of benefits − PV of costs when every impact share "
                            + "is multiplied by s (none if above 1)",
                    inputs("pvCosts", pvCosts, "pvBenefits", pvBenefits), breakEvenImpactScale));
            case "paybackYearUndiscounted" -> paybackLines(lines, "total", cumulativeNet, paybackYearUndiscounted);
            case "paybackYearDiscounted" ->
                paybackLines(lines, "total, discounted", cumulativeDiscountedNet, paybackYearDiscounted);
            default -> throw new IllegalArgumentException("nothing to explain for '" + key + "'; see traceKeys()");
        }
        return lines;
    }

    private List<TraceLine> explainActor(ActorResult a, String field) {
        List<TraceLine> lines = new ArrayList<>();
        String id = a.actor().id();
        String who = a.actor().name();
        switch (field) {
            case "pvCosts" -> {
                costLines(lines, id);
                lines.add(sumOfLines(lines, "PV of costs borne by " + who, a.pvCosts()));
            }
            case "pvBenefits" -> {
                streamLines(lines, id, false);
                lines.add(sumOfLines(lines, "PV of benefits to " + who, a.pvBenefits()));
            }
            case "pvFiscalBenefits" -> {
                streamLines(lines, id, false);
                lines.removeIf(l -> java.util.Objects.requireNonNull(l.inputs().get("fiscal")) == 0);
                lines.add(sumOfLines(lines, "PV of fiscal benefits to " + who, a.pvFiscalBenefits()));
            }
            case "pvCashableBenefits" -> {
                streamLines(lines, id, true);
                lines.add(sumOfLines(lines, "PV of cashable benefits to " + who, a.pvCashableBenefits()));
            }
            case "pvNonCashableBenefits" -> lines
                .add(TraceLine.of("PV of non-cashable benefits to " + who, "PV of benefits − PV of cashable benefits",
                        inputs("pvBenefits", a.pvBenefits(), "pvCashableBenefits", a.pvCashableBenefits()),
                        a.pvNonCashableBenefits()));
            case "npv" -> lines.add(TraceLine.of("NPV for " + who, "PV of benefits − PV of costs",
                    inputs("pvBenefits", a.pvBenefits(), "pvCosts", a.pvCosts()), a.npv()));
            case "financialRoi" -> lines.add(new TraceLine("Financial ROI for " + who,
                    "PV of fiscal benefits to the actor / PV of the costs it bears (none if it bears none)",
                    inputs("pvFiscalBenefits", a.pvFiscalBenefits(), "pvCosts", a.pvCosts()), a.financialRoi()));
            case "paybackYearUndiscounted" -> paybackLines(lines, who, a.cumulativeNet(), a.paybackYearUndiscounted());
            case "paybackYearDiscounted" ->
                paybackLines(lines, who + ", discounted", a.cumulativeDiscountedNet(), a.paybackYearDiscounted());
            default -> throw new IllegalArgumentException("nothing to explain for actors[" + id + "]." + field);
        }
        return lines;
    }

    private void costLines(List<TraceLine> lines, @Nullable String actorId) {
        Calculation c = calculation;
        PriceIndex cpi = c.discounting().priceIndex();
        for (int k = 0; k < c.costs().size(); k++) {
            Cost cost = c.costs().get(k);
            if (actorId == null ? !inPerspective(cost.actorId()) : !cost.actorId().equals(actorId)) {
                continue;
            }
            int priceYear = cost.priceYear() == null ? c.priceBaseYear() : cost.priceYear();
            Map<String, Double> in = new LinkedHashMap<>();
            in.put("amountOre", (double) cost.amountOre());
            in.put("cpiFactor", cpi.factor(priceYear, c.priceBaseYear()));
            in.put("optimismBiasUplift", c.optimismBias().costUplift().get(cost.confidenceGrade()));
            in.put("discountFactor", workings.discountFactors[0][cost.year()]);
            lines.add(TraceLine.of("costs[" + k + "]: " + cost.actorId() + ", year " + cost.year() + ", " + cost.type(),
                    "amount × CPI factor × (1 + optimism-bias uplift) × discount factor of the year", in,
                    workings.costPv[k]));
        }
    }

    private void streamLines(List<TraceLine> lines, @Nullable String actorId, boolean cashableOnly) {
        Calculation c = calculation;
        PriceIndex cpi = c.discounting().priceIndex();
        int s = 0;
        for (int o = 0; o < c.outcomes().size(); o++) {
            Outcome outcome = c.outcomes().get(o);
            for (int j = 0; j < outcome.valueStreams().size(); j++, s++) {
                ValueStream stream = outcome.valueStreams().get(j);
                if (actorId == null ? !inPerspective(stream.actorId()) : !stream.actorId().equals(actorId)) {
                    continue;
                }
                int priceYear = stream.priceYear() == null ? c.priceBaseYear() : stream.priceYear();
                Map<String, Double> in = new LinkedHashMap<>();
                in.put("unitValueOre", (double) stream.unitValueOre());
                in.put("cpiFactor", cpi.factor(priceYear, c.priceBaseYear()));
                in.put("optimismBiasReduction", c.optimismBias().benefitReduction().get(stream.confidenceGrade()));
                in.put("discountedUnits", workings.streamDiscountedUnits[s]);
                in.put("fiscal", stream.kind() == ValueKind.FISCAL ? 1.0 : 0.0);
                String formula = "unit value × CPI factor × (1 − optimism-bias reduction) × Σ_t units_t × DF_t";
                double value = workings.streamPv[s];
                if (cashableOnly) {
                    in.put("cashableShare", stream.cashableShare());
                    formula += " × cashable share";
                    value *= stream.cashableShare();
                }
                lines.add(TraceLine.of("outcomes[" + o + "].valueStreams[" + j + "]: " + outcome.name() + " → "
                        + stream.actorId() + " (" + stream.kind() + ")", formula, in, value));
            }
        }
    }

    private boolean inPerspective(String actorId) {
        return calculation.perspective().includes(calculation.actors().get(calculation.actorIndex(actorId)));
    }

    private TraceLine sumOfActors(String label, ToLongFunction<ActorResult> figure, long total) {
        Map<String, Double> in = new LinkedHashMap<>();
        for (ActorResult a : actors) {
            if (a.inPerspective()) {
                in.put(a.actor().id(), (double) figure.applyAsLong(a));
            }
        }
        return TraceLine.of(label, "Σ over the actors of the " + calculation.perspective()
                + " perspective of their figures, each rounded to whole öre", in, total);
    }

    private static TraceLine sumOfLines(List<TraceLine> lines, String label, long total) {
        Map<String, Double> in = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            in.put("line " + (i + 1), lines.get(i).value().orElse(0));
        }
        return TraceLine.of(label, "Σ of the lines above, rounded half-even to whole öre", in, total);
    }

    private static void paybackLines(List<TraceLine> lines, String who, List<Long> cumulative, OptionalInt payback) {
        int last = payback.isPresent() ? payback.getAsInt() : cumulative.size() - 1;
        for (int t = 0; t <= last; t++) {
            lines.add(TraceLine.of("Cumulative net, " + who + ", end of year " + t, "Σ_{k ≤ t} (benefits_k − costs_k)",
                    Map.of(), cumulative.get(t)));
        }
        lines.add(new TraceLine("Payback year, " + who,
                "first year whose cumulative net is ≥ 0 once anything has happened (none within the horizon)", Map.of(),
                payback.isPresent() ? OptionalDouble.of(payback.getAsInt()) : OptionalDouble.empty()));
    }

    private List<TraceLine> explainUnits(int o) {
        Outcome outcome = calculation.outcomes().get(o);
        List<TraceLine> lines = new ArrayList<>();
        Map<String, Double> in = new LinkedHashMap<>();
        in.put("population", outcome.population());
        in.put("engagement", outcome.engagement());
        in.put("impact", outcome.impact());
        in.put("deadweight", outcome.deadweight());
        in.put("displacement", outcome.displacement());
        in.put("attribution", outcome.attribution());
        lines.add(TraceLine.of("outcomes[" + o + "]: " + outcome.name() + ", units in the first effect year",
                "population × engagement × impact × (1 − deadweight) × (1 − displacement) × attribution", in,
                outcome.firstYearUnits()));
        int end = Math.min(calculation.horizonYears(), outcome.lagYears() + outcome.durationYears());
        for (int t = outcome.lagYears(); t < end; t++) {
            lines.add(TraceLine.of("Units in year " + t, "first-year units × (1 − dropOff)^(t − lagYears)",
                    inputs("firstYearUnits", outcome.firstYearUnits(), "dropOff", outcome.dropOff(), "yearsSinceStart",
                            t - outcome.lagYears()),
                    workings.units[o][t]));
        }
        return lines;
    }

    private List<TraceLine> explainSwitchingValue(SwitchingValue v) {
        String formula = v.parameter().kind() == Parameter.Kind.DROP_OFF
                ? "NPV(x) = 0 solved on [0, 1] by bracketing (false position), all else unchanged; none if the NPV has "
                        + "one sign at both ends"
                : "NPV is linear in the parameter: x = a − NPV(a) × (b − a) / (NPV(b) − NPV(a)), kept if in the "
                        + "parameter's range";
        return List.of(new TraceLine("Switching value of " + v.path(), formula,
                inputs("baseValue", v.baseValue(), "npvAtBase", npv()), v.value()));
    }

    private static Map<String, Double> inputs(Object... namesAndValues) {
        Map<String, Double> in = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            in.put((String) namesAndValues[i], ((Number) namesAndValues[i + 1]).doubleValue());
        }
        return in;
    }

}
