package se.sif.economics.calculation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.sif.economics.calculation.CalculationInputException.Violation;

/**
 * A socio-economic calculation (samhällsekonomisk kalkyl) for one investment: who pays
 * what and when, which effects are expected for the target group, and what they are worth
 * to whom. Validated as a whole on construction, with field paths relative to the
 * calculation ({@code costs[3].year}), so a stored or bound calculation is always one the
 * engine can compute.
 *
 * <p>
 * Missing cost years: every year of the intervention period
 * ({@code 0 .. interventionYears − 1}) must have at least one cost line. A year without
 * any cost line is far more often a forgotten entry than a free year, and a forgotten
 * year makes the investment look cheaper than it is; an intervention that really spends
 * nothing in a year says so with a cost line of 0. Cost lines after the intervention
 * period (continuation, follow-up) are allowed but not required.
 *
 * @param horizonYears number of years counted, year indices
 * {@code 0 .. horizonYears − 1}; effects beyond it are cut off (an appraisal has to stop
 * somewhere), costs beyond it are refused
 * @param priceBaseYear the year whose prices all results are in
 * @param interventionYears years in which the intervention runs; each must have a cost
 * line
 * @param uncertainties three-point estimates for the Monte Carlo and the tornado; may be
 * empty
 */
public record Calculation(String name, int horizonYears, int priceBaseYear, int interventionYears,
        Perspective perspective, @Nullable DiscountingParameters discounting, @Nullable OptimismBiasTable optimismBias,
        List<Actor> actors, List<Cost> costs, List<Outcome> outcomes, List<Uncertainty> uncertainties) {

    /**
     * Beyond the Green Book's last band (301+) there is nothing to model; the cap keeps
     * arrays small.
     */
    public static final int MAX_HORIZON_YEARS = 500;

    /**
     * Tolerance for "likely equals the calculation's value": unit values and amounts are
     * whole öre.
     */
    private static final double LIKELY_TOLERANCE = 1e-9;

    public Calculation {
        Checks checks = new Checks().notBlank("name", name)
            .between("horizonYears", horizonYears, 1, MAX_HORIZON_YEARS)
            .between("priceBaseYear", priceBaseYear, 1900, 2200)
            .notNull("perspective", perspective)
            .notNull("discounting", discounting)
            .notNull("optimismBias", optimismBias)
            .notNull("actors", actors)
            .notNull("costs", costs)
            .notNull("outcomes", outcomes)
            .notNull("uncertainties", uncertainties);
        checks.throwIfAny();
        checks.between("interventionYears", interventionYears, 1, horizonYears);
        nullElements(checks, "actors", actors);
        nullElements(checks, "costs", costs);
        nullElements(checks, "outcomes", outcomes);
        nullElements(checks, "uncertainties", uncertainties);
        checks.throwIfAny();
        actors = List.copyOf(actors);
        costs = List.copyOf(costs);
        outcomes = List.copyOf(outcomes);
        uncertainties = List.copyOf(uncertainties);

        if (actors.isEmpty()) {
            checks.add("actors", "must name at least one actor");
        }
        Map<String, Integer> actorIndex = new HashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            Integer earlier = actorIndex.putIfAbsent(actors.get(i).id(), i);
            if (earlier != null) {
                checks.add("actors[" + i + "].id",
                        "'" + actors.get(i).id() + "' is already used by actors[" + earlier + "]");
            }
        }
        PriceIndex cpi = discounting.priceIndex();
        boolean[] yearHasCost = new boolean[horizonYears];
        for (int i = 0; i < costs.size(); i++) {
            Cost cost = costs.get(i);
            String path = "costs[" + i + "]";
            knownActor(checks, path + ".actorId", cost.actorId(), actorIndex);
            if (cost.year() >= horizonYears) {
                checks.add(path + ".year",
                        "must be between 0 and " + (horizonYears - 1) + " (the horizon is " + horizonYears + " years)");
            }
            else {
                yearHasCost[cost.year()] = true;
            }
            knownGrade(checks, path + ".confidenceGrade", cost.confidenceGrade(), optimismBias);
            indexable(checks, path + ".priceYear", cost.priceYear(), priceBaseYear, cpi);
        }
        Set<Integer> costYears = new HashSet<>();
        for (int year = 0; year < horizonYears; year++) {
            if (yearHasCost[year]) {
                costYears.add(year);
            }
        }
        missingCostYears(Math.min(interventionYears, horizonYears), costYears)
            .ifPresent(v -> checks.add(v.field(), v.problem()));
        for (int o = 0; o < outcomes.size(); o++) {
            Outcome outcome = outcomes.get(o);
            String path = "outcomes[" + o + "]";
            if (outcome.lagYears() >= horizonYears) {
                checks.add(path + ".lagYears",
                        "must be below the horizon of " + horizonYears + " years, or the effect is never counted");
            }
            for (int s = 0; s < outcome.valueStreams().size(); s++) {
                ValueStream stream = outcome.valueStreams().get(s);
                String streamPath = path + ".valueStreams[" + s + "]";
                knownActor(checks, streamPath + ".actorId", stream.actorId(), actorIndex);
                knownGrade(checks, streamPath + ".confidenceGrade", stream.confidenceGrade(), optimismBias);
                indexable(checks, streamPath + ".priceYear", stream.priceYear(), priceBaseYear, cpi);
            }
        }
        checks.throwIfAny();
        Set<Parameter> uncertain = new HashSet<>();
        for (int u = 0; u < uncertainties.size(); u++) {
            Uncertainty uncertainty = uncertainties.get(u);
            String path = "uncertainties[" + u + "]";
            Parameter parameter = uncertainty.parameter();
            if (!parameter.existsIn(outcomes, costs)) {
                checks.add(path + ".parameter", "there is no " + parameter.path() + " in this calculation");
                continue;
            }
            if (!uncertain.add(parameter)) {
                checks.add(path + ".parameter", parameter.path() + " already has an uncertainty");
            }
            double value = parameter.valueIn(outcomes, costs);
            if (Math.abs(uncertainty.likely() - value) > LIKELY_TOLERANCE * Math.max(1, Math.abs(value))) {
                checks.add(path + ".likely",
                        "must equal the value of " + parameter.path() + " in the calculation (" + value + ")");
            }
            double[] range = parameter.range(value);
            if (uncertainty.low() < range[0] || uncertainty.high() > range[1]) {
                checks.add(path, "low and high must lie within the range of " + parameter.path() + " [" + range[0]
                        + ", " + range[1] + "]");
            }
        }
        checks.throwIfAny();
    }

    private static void nullElements(Checks checks, String list, List<?> elements) {
        for (int i = 0; i < elements.size(); i++) {
            checks.notNull(list + "[" + i + "]", elements.get(i));
        }
    }

    private static void knownActor(Checks checks, String path, String actorId, Map<String, Integer> actorIndex) {
        if (!actorIndex.containsKey(actorId)) {
            Violation v = unknownActor(path, actorId);
            checks.add(v.field(), v.problem());
        }
    }

    /**
     * The refusal of an actor id the calculation does not name; also for checking a
     * document still being filled in.
     */
    public static Violation unknownActor(String path, String actorId) {
        return new Violation(path, "unknown actor '" + actorId + "'");
    }

    /**
     * Every year of the intervention period ({@code 0 .. interventionYears − 1}) needs a
     * cost line; this names the ones without. Public so that a document still being
     * filled in is held to the same rule in the same words.
     */
    public static java.util.Optional<Violation> missingCostYears(int interventionYears, Set<Integer> yearsWithCost) {
        List<Integer> missing = new ArrayList<>();
        for (int year = 0; year < interventionYears; year++) {
            if (!yearsWithCost.contains(year)) {
                missing.add(year);
            }
        }
        return missing.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Violation("costs",
                        "no cost line for year" + (missing.size() == 1 ? " " : "") + joinYears(missing)
                                + " of the intervention period (years 0–" + (interventionYears - 1)
                                + "); enter an amount of 0 if nothing is spent in a year"));
    }

    private static void knownGrade(Checks checks, String path, int grade, OptimismBiasTable table) {
        if (!table.hasGrade(grade)) {
            checks.add(path,
                    "must be between 0 and " + table.highestGrade() + " (optimism-bias table " + table.version() + ")");
        }
    }

    private static void indexable(Checks checks, String path, Integer priceYear, int base, PriceIndex cpi) {
        if (priceYear != null && !cpi.canIndex(priceYear, base)) {
            checks.add(path, "cannot be brought to " + base + " prices: price index '" + cpi.version() + "' lacks "
                    + (cpi.indexByYear().containsKey(priceYear) ? base : priceYear));
        }
    }

    private static String joinYears(List<Integer> years) {
        if (years.size() == 1) {
            return String.valueOf(years.get(0));
        }
        StringBuilder s = new StringBuilder("s ");
        for (int i = 0; i < years.size(); i++) {
            s.append(i == 0 ? "" : i == years.size() - 1 ? " and " : ", ").append(years.get(i));
        }
        return s.toString();
    }

    public int actorIndex(String actorId) {
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).id().equals(actorId)) {
                return i;
            }
        }
        return -1;
    }

    public Calculation withPerspective(Perspective newPerspective) {
        return new Calculation(name, horizonYears, priceBaseYear, interventionYears, newPerspective, discounting,
                optimismBias, actors, costs, outcomes, uncertainties);
    }

    public Calculation withDiscounting(DiscountingParameters parameters) {
        return new Calculation(name, horizonYears, priceBaseYear, interventionYears, perspective, parameters,
                optimismBias, actors, costs, outcomes, uncertainties);
    }

    public Calculation withOptimismBias(OptimismBiasTable table) {
        return new Calculation(name, horizonYears, priceBaseYear, interventionYears, perspective, discounting, table,
                actors, costs, outcomes, uncertainties);
    }

    public Calculation withUncertainties(List<Uncertainty> newUncertainties) {
        return new Calculation(name, horizonYears, priceBaseYear, interventionYears, perspective, discounting,
                optimismBias, actors, costs, outcomes, newUncertainties);
    }

    /**
     * The same calculation with every outcome's impact share multiplied by {@code scale};
     * uncertainties are dropped because their likely values would no longer match.
     */
    public Calculation withImpactScaled(double scale) {
        List<Outcome> scaled = new ArrayList<>();
        for (Outcome o : outcomes) {
            scaled.add(o.withImpact(Math.min(1, o.impact() * scale)));
        }
        return new Calculation(name, horizonYears, priceBaseYear, interventionYears, perspective, discounting,
                optimismBias, actors, costs, scaled, List.of());
    }

    /**
     * The same calculation with one parameter set to {@code value} (unit values and
     * amounts rounded to whole öre); uncertainties are dropped because their likely
     * values would no longer match.
     */
    public Calculation with(Parameter parameter, double value) {
        List<Cost> newCosts = costs;
        List<Outcome> newOutcomes = outcomes;
        if (parameter.kind() == Parameter.Kind.COST_AMOUNT) {
            Cost c = costs.get(parameter.cost());
            newCosts = new ArrayList<>(costs);
            newCosts.set(parameter.cost(), new Cost(c.actorId(), c.year(), Math.round(value), c.type(), c.nature(),
                    c.confidenceGrade(), c.priceYear()));
        }
        else {
            Outcome o = outcomes.get(parameter.outcome());
            List<ValueStream> streams = o.valueStreams();
            double[] f = { o.population(), o.engagement(), o.impact(), o.deadweight(), o.displacement(),
                    o.attribution(), o.dropOff() };
            if (parameter.kind() == Parameter.Kind.UNIT_VALUE) {
                ValueStream s = streams.get(parameter.valueStream());
                streams = new ArrayList<>(streams);
                streams.set(parameter.valueStream(), new ValueStream(s.actorId(), Math.round(value), s.kind(),
                        s.cashableShare(), s.confidenceGrade(), s.discountBasis(), s.priceYear()));
            }
            else {
                f[parameter.kind().ordinal()] = value;
            }
            newOutcomes = new ArrayList<>(outcomes);
            newOutcomes.set(parameter.outcome(), new Outcome(o.name(), f[0], f[1], f[2], f[3], f[4], f[5], o.lagYears(),
                    o.durationYears(), f[6], o.discountBasis(), streams));
        }
        return new Calculation(name, horizonYears, priceBaseYear, interventionYears, perspective, discounting,
                optimismBias, actors, newCosts, newOutcomes, List.of());
    }
}
