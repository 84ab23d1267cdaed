package se.sif.economics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.sif.economics.CalculationDocument.ActorEntry;
import se.sif.economics.CalculationDocument.CostEntry;
import se.sif.economics.CalculationDocument.OutcomeEntry;
import se.sif.economics.CalculationDocument.UncertaintyEntry;
import se.sif.economics.CalculationDocument.ValueStreamEntry;
import se.sif.economics.calculation.Actor;
import se.sif.economics.calculation.Calculation;
import se.sif.economics.calculation.CalculationInputException;
import se.sif.economics.calculation.CalculationInputException.Violation;
import se.sif.economics.calculation.Cost;
import se.sif.economics.calculation.CostNature;
import se.sif.economics.calculation.DiscountBasis;
import se.sif.economics.calculation.DiscountingParameters;
import se.sif.economics.calculation.DistributionShape;
import se.sif.economics.calculation.Outcome;
import se.sif.economics.calculation.Parameter;
import se.sif.economics.calculation.Perspective;
import se.sif.economics.calculation.Uncertainty;
import se.sif.economics.calculation.ValueStream;

/**
 * Turns a {@link CalculationDocument} into the core's checked {@link Calculation}.
 * Missing fields are reported with their paths before the core sees the document, the
 * core's own rules (shares in 0–1, known actors, missing years, …) after; both come out
 * as one {@link CalculationInputException} so a user sees every mistake at once. Unit
 * costs named by code are looked up and pinned to the version used.
 */
@Component
class CalculationDocuments {

    /**
     * The horizon a new calculation starts with; the report's calculations looked 10–20
     * years ahead.
     */
    static final int DEFAULT_HORIZON = 20;

    private static final Pattern PARAMETER = Pattern
        .compile("outcomes\\[(\\d+)]\\.(population|engagement|impact|deadweight|displacement|attribution|dropOff)"
                + "|outcomes\\[(\\d+)]\\.valueStreams\\[(\\d+)]\\.unitValueOre|costs\\[(\\d+)]\\.amountOre");

    private final ParameterSets parameterSets;

    private final UnitCosts unitCosts;

    CalculationDocuments(ParameterSets parameterSets, UnitCosts unitCosts) {
        this.parameterSets = parameterSets;
        this.unitCosts = unitCosts;
    }

    /**
     * A new, empty calculation for an application: settings filled with the defaults.
     * Prices are those of the latest year the built-in CPI series has (or the start year,
     * if earlier), so the library's unit costs, which come in many price years, can all
     * be brought to one.
     */
    static CalculationDocument blank(String name, int startYear) {
        int latestIndexed = ParameterSets.SCB_KPI.indexByYear()
            .keySet()
            .stream()
            .mapToInt(Integer::intValue)
            .max()
            .orElse(startYear);
        return new CalculationDocument(name, startYear, DEFAULT_HORIZON, Math.min(startYear, latestIndexed), 3,
                Perspective.SOCIETY, DiscountingParameters.DEFAULT.version(), Discounting.FirstYear.UNDISCOUNTED,
                se.sif.economics.calculation.OptimismBiasTable.DEFAULT.version(), ParameterSets.SCB_KPI.version(),
                List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The document with every library unit cost pinned: a stream naming a code without a
     * version gets the current version, and the value and price year of the version
     * named. Unknown codes or versions are refused.
     */
    CalculationDocument pinUnitCosts(CalculationDocument doc) {
        List<Violation> found = new ArrayList<>();
        List<OutcomeEntry> outcomes = new ArrayList<>();
        for (int o = 0; o < doc.outcomes().size(); o++) {
            OutcomeEntry outcome = doc.outcomes().get(o);
            List<ValueStreamEntry> streams = new ArrayList<>();
            for (int s = 0; s < outcome.valueStreams().size(); s++) {
                ValueStreamEntry stream = outcome.valueStreams().get(s);
                if (stream.unitCostCode() == null || stream.unitCostCode().isBlank()) {
                    streams.add(new ValueStreamEntry(stream.actorId(), null, null, null, stream.unitValueOre(),
                            stream.kind(), stream.cashableShare(), stream.confidenceGrade(), stream.discountBasis(),
                            stream.priceYear()));
                    continue;
                }
                var unitCost = stream.unitCostVersion() == null ? unitCosts.latest(stream.unitCostCode())
                        : unitCosts.version(stream.unitCostCode(), stream.unitCostVersion());
                if (unitCost.isEmpty()) {
                    found.add(new Violation("outcomes[" + o + "].valueStreams[" + s + "].unitCostCode",
                            "unknown unit cost '" + stream.unitCostCode() + "'" + (stream.unitCostVersion() == null ? ""
                                    : " version " + stream.unitCostVersion())));
                    streams.add(stream);
                    continue;
                }
                var u = unitCost.get();
                double quantity = stream.quantity() == null ? 1 : stream.quantity();
                if (!(quantity >= 0 && quantity < 1e9)) {
                    found.add(new Violation("outcomes[" + o + "].valueStreams[" + s + "].quantity",
                            "must be a number of at least 0"));
                    streams.add(stream);
                    continue;
                }
                streams.add(new ValueStreamEntry(stream.actorId(), u.code(), u.version(), quantity,
                        Math.round(u.valueOre() * quantity), stream.kind() == null ? u.valueKind() : stream.kind(),
                        stream.cashableShare() == null ? u.cashableShare().doubleValue() : stream.cashableShare(),
                        stream.confidenceGrade() == null ? (u.estimate() ? 3 : 1) : stream.confidenceGrade(),
                        stream.discountBasis(), u.priceYear()));
            }
            outcomes.add(outcome.withValueStreams(streams));
        }
        if (!found.isEmpty()) {
            throw new CalculationInputException(found);
        }
        return doc.withOutcomes(outcomes);
    }

    /** The checked core calculation, or every problem with its field path. */
    Calculation toCalculation(CalculationDocument doc) {
        List<Violation> found = new ArrayList<>();
        required(found, "name", doc.name());
        required(found, "horizonYears", doc.horizonYears());
        required(found, "priceBaseYear", doc.priceBaseYear());
        required(found, "interventionYears", doc.interventionYears());
        required(found, "perspective", doc.perspective());
        DiscountingParameters discounting = null;
        try {
            discounting = parameterSets.discounting(doc.discountingVersion());
            if (doc.firstYear() != null) {
                discounting = discounting.withFirstYear(doc.firstYear());
            }
            discounting = discounting.withPriceIndex(parameterSets.priceIndex(doc.priceIndexVersion()));
        }
        catch (CalculationInputException e) {
            found.addAll(e.violations());
        }
        se.sif.economics.calculation.OptimismBiasTable optimismBias = null;
        try {
            optimismBias = parameterSets.optimismBias(doc.optimismBiasVersion());
        }
        catch (CalculationInputException e) {
            found.addAll(e.violations());
        }
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < doc.actors().size(); i++) {
            ActorEntry a = doc.actors().get(i);
            String path = "actors[" + i + "]";
            try {
                actors.add(new Actor(a.id() == null ? null : a.id().strip(), a.name(), a.kind(),
                        Boolean.TRUE.equals(a.ownerOrganisation())));
            }
            catch (CalculationInputException e) {
                found.addAll(e.within(path).violations());
            }
        }
        List<Cost> costs = new ArrayList<>();
        for (int i = 0; i < doc.costs().size(); i++) {
            CostEntry c = doc.costs().get(i);
            String path = "costs[" + i + "]";
            boolean complete = required(found, path + ".year", c.year())
                    & required(found, path + ".amountOre", c.amountOre()) & required(found, path + ".type", c.type());
            if (!complete) {
                continue;
            }
            try {
                costs.add(new Cost(c.actorId(), c.year(), c.amountOre(), c.type(),
                        c.nature() == null ? CostNature.REVENUE : c.nature(), orZero(c.confidenceGrade()),
                        c.priceYear()));
            }
            catch (CalculationInputException e) {
                found.addAll(e.within(path).violations());
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int o = 0; o < doc.outcomes().size(); o++) {
            OutcomeEntry e = doc.outcomes().get(o);
            String path = "outcomes[" + o + "]";
            boolean complete = required(found, path + ".population", e.population())
                    & required(found, path + ".engagement", e.engagement())
                    & required(found, path + ".impact", e.impact())
                    & required(found, path + ".durationYears", e.durationYears());
            List<ValueStream> streams = new ArrayList<>();
            for (int s = 0; s < e.valueStreams().size(); s++) {
                ValueStreamEntry v = e.valueStreams().get(s);
                String streamPath = path + ".valueStreams[" + s + "]";
                boolean streamComplete = required(found, streamPath + ".unitValueOre", v.unitValueOre())
                        & required(found, streamPath + ".kind", v.kind());
                if (!streamComplete) {
                    complete = false;
                    continue;
                }
                try {
                    streams.add(new ValueStream(v.actorId(), v.unitValueOre(), v.kind(),
                            v.cashableShare() == null ? 0 : v.cashableShare(), orZero(v.confidenceGrade()),
                            v.discountBasis(), v.priceYear()));
                }
                catch (CalculationInputException ex) {
                    found.addAll(ex.within(streamPath).violations());
                    complete = false;
                }
            }
            if (!complete) {
                continue;
            }
            try {
                outcomes.add(new Outcome(e.name(), e.population(), e.engagement(), e.impact(), orZero(e.deadweight()),
                        orZero(e.displacement()), e.attribution() == null ? 1 : e.attribution(), orZero(e.lagYears()),
                        e.durationYears(), orZero(e.dropOff()),
                        e.discountBasis() == null ? DiscountBasis.STANDARD : e.discountBasis(), streams));
            }
            catch (CalculationInputException ex) {
                found.addAll(ex.within(path).violations());
            }
        }
        List<Uncertainty> uncertainties = new ArrayList<>();
        for (int u = 0; u < doc.uncertainties().size(); u++) {
            UncertaintyEntry e = doc.uncertainties().get(u);
            String path = "uncertainties[" + u + "]";
            Parameter parameter = parseParameter(found, path + ".parameter", e.parameter());
            boolean complete = required(found, path + ".low", e.low()) & required(found, path + ".likely", e.likely())
                    & required(found, path + ".high", e.high());
            if (parameter == null || !complete) {
                continue;
            }
            try {
                uncertainties.add(new Uncertainty(parameter, e.low(), e.likely(), e.high(),
                        e.shape() == null ? DistributionShape.PERT : e.shape()));
            }
            catch (CalculationInputException ex) {
                found.addAll(ex.within(path).violations());
            }
        }
        if (!found.isEmpty()) {
            // The core checks references only once every record is complete; say now what
            // it would say then,
            // so a half-filled outcome does not hide an unknown actor in the costs.
            found.addAll(referenceProblems(doc, found));
            throw new CalculationInputException(found);
        }
        return new Calculation(doc.name(), doc.horizonYears(), doc.priceBaseYear(), doc.interventionYears(),
                doc.perspective() == null ? Perspective.SOCIETY : doc.perspective(), discounting, optimismBias, actors,
                costs, outcomes, uncertainties);
    }

    /**
     * Unknown actors and intervention years without a cost line, checked on the document
     * as entered.
     */
    private static List<Violation> referenceProblems(CalculationDocument doc, List<Violation> already) {
        java.util.Set<String> reported = new java.util.HashSet<>();
        already.forEach(v -> reported.add(v.field()));
        java.util.Set<String> actorIds = new java.util.HashSet<>();
        doc.actors().forEach(a -> {
            if (a.id() != null) {
                actorIds.add(a.id().strip());
            }
        });
        List<Violation> problems = new ArrayList<>();
        java.util.Set<Integer> costYears = new java.util.TreeSet<>();
        for (int i = 0; i < doc.costs().size(); i++) {
            CostEntry c = doc.costs().get(i);
            unknownActor(problems, reported, "costs[" + i + "].actorId", c.actorId(), actorIds);
            if (c.year() != null) {
                costYears.add(c.year());
            }
        }
        for (int o = 0; o < doc.outcomes().size(); o++) {
            List<ValueStreamEntry> streams = doc.outcomes().get(o).valueStreams();
            for (int s = 0; s < streams.size(); s++) {
                unknownActor(problems, reported, "outcomes[" + o + "].valueStreams[" + s + "].actorId",
                        streams.get(s).actorId(), actorIds);
            }
        }
        if (doc.interventionYears() != null && !reported.contains("costs")) {
            Calculation.missingCostYears(Math.min(doc.interventionYears(), Calculation.MAX_HORIZON_YEARS), costYears)
                .ifPresent(problems::add);
        }
        return problems;
    }

    private static void unknownActor(List<Violation> problems, java.util.Set<String> reported, String field,
            String actorId, java.util.Set<String> actorIds) {
        if (actorId != null && !actorId.isBlank() && !actorIds.contains(actorId.strip()) && !reported.contains(field)) {
            problems.add(Calculation.unknownActor(field, actorId));
        }
    }

    /**
     * {@code outcomes[0].impact} and the like, as the core's {@link Parameter}; null (and
     * a violation) if unreadable.
     */
    static @Nullable Parameter parseParameter(List<Violation> found, String field, String path) {
        Matcher m = path == null ? null : PARAMETER.matcher(path.strip());
        if (m == null || !m.matches()) {
            found.add(new Violation(field, "must name a parameter such as outcomes[0].impact, "
                    + "outcomes[0].valueStreams[0].unitValueOre or costs[0].amountOre"));
            return null;
        }
        if (m.group(1) != null) {
            Parameter.Kind kind = null;
            for (Parameter.Kind k : Parameter.Kind.values()) {
                if (k.field().equals(m.group(2))) {
                    kind = k;
                }
            }
            return Parameter.of(kind, Integer.parseInt(m.group(1)));
        }
        if (m.group(3) != null) {
            return Parameter.unitValue(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        }
        return Parameter.costAmount(Integer.parseInt(m.group(5)));
    }

    private static boolean required(List<Violation> found, String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            found.add(new Violation(field, "must be given"));
            return false;
        }
        return true;
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }

}
