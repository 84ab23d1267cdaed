package se.sif.economics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.sif.economics.CalculationDocument.CostEntry;
import se.sif.economics.CalculationDocument.OutcomeEntry;
import se.sif.economics.CalculationDocument.ValueStreamEntry;

/**
 * The parameters of a document that can be given a low–high range, in the units the
 * editor shows them in: shares as percentages, money in kronor, populations as counts.
 */
final class UncertainParameters {

    enum Unit {

        SHARE, MONEY, NUMBER

    }

    /**
     * One parameter: its path, what the page calls it, and its value in the document
     * (shares 0–1, öre).
     */
    record Option(String path, String outcomeOrActor, String field, Unit unit, double value) {

        String shownValue() {
            return display(unit, value);
        }

        /**
         * A value typed in the parameter's unit (percent, kronor or a count) as the
         * document keeps it (a share in 0–1, öre or the count).
         */
        double toDocument(BigDecimal typed) {
            return switch (unit) {
                case SHARE -> typed.movePointLeft(2).doubleValue();
                case MONEY -> typed.movePointRight(2).doubleValue();
                case NUMBER -> typed.doubleValue();
            };
        }
    }

    /** A value of the document in the unit a person types it in, for the form. */
    static @Nullable BigDecimal toForm(@Nullable String path, @Nullable Double value) {
        BigDecimal shown = CalculationForms.decimal(value);
        if (shown == null) {
            return null;
        }
        return switch (unitOf(path)) {
            case SHARE -> shown.movePointRight(2).stripTrailingZeros();
            case MONEY -> shown.setScale(0, java.math.RoundingMode.HALF_EVEN).movePointLeft(2).stripTrailingZeros();
            case NUMBER -> shown;
        };
    }

    private static final List<String> SHARES = List.of("engagement", "impact", "deadweight", "displacement",
            "attribution", "dropOff");

    private UncertainParameters() {
    }

    static List<Option> of(CalculationDocument doc) {
        List<Option> options = new ArrayList<>();
        for (int o = 0; o < doc.outcomes().size(); o++) {
            OutcomeEntry e = doc.outcomes().get(o);
            String prefix = "outcomes[" + o + "].";
            add(options, prefix + "population", e.name(), "population", Unit.NUMBER, e.population());
            add(options, prefix + "engagement", e.name(), "engagement", Unit.SHARE, e.engagement());
            add(options, prefix + "impact", e.name(), "impact", Unit.SHARE, e.impact());
            add(options, prefix + "deadweight", e.name(), "deadweight", Unit.SHARE,
                    e.deadweight() == null ? 0.0 : e.deadweight());
            add(options, prefix + "displacement", e.name(), "displacement", Unit.SHARE,
                    e.displacement() == null ? 0.0 : e.displacement());
            add(options, prefix + "attribution", e.name(), "attribution", Unit.SHARE,
                    e.attribution() == null ? 1.0 : e.attribution());
            add(options, prefix + "dropOff", e.name(), "dropOff", Unit.SHARE, e.dropOff() == null ? 0.0 : e.dropOff());
            for (int s = 0; s < e.valueStreams().size(); s++) {
                ValueStreamEntry v = e.valueStreams().get(s);
                add(options, prefix + "valueStreams[" + s + "].unitValueOre", e.name() + " → " + v.actorId(),
                        "unitValue", Unit.MONEY, v.unitValueOre() == null ? null : v.unitValueOre().doubleValue());
            }
        }
        for (int c = 0; c < doc.costs().size(); c++) {
            CostEntry e = doc.costs().get(c);
            add(options, "costs[" + c + "].amountOre", e.actorId() + ", " + e.year(), "amount", Unit.MONEY,
                    e.amountOre() == null ? null : e.amountOre().doubleValue());
        }
        return options;
    }

    private static void add(List<Option> options, String path, @Nullable String who, String field, Unit unit,
            @Nullable Double value) {
        if (value != null) {
            options.add(new Option(path, String.valueOf(who), field, unit, value));
        }
    }

    static Unit unitOf(@Nullable String path) {
        if (path == null) {
            return Unit.NUMBER;
        }
        if (path.endsWith("Ore")) {
            return Unit.MONEY;
        }
        for (String share : SHARES) {
            if (path.endsWith("." + share)) {
                return Unit.SHARE;
            }
        }
        return Unit.NUMBER;
    }

    static String display(String path, Double value) {
        return value == null ? "" : display(unitOf(path), value);
    }

    static String display(Unit unit, double value) {
        return switch (unit) {
            case SHARE -> CalculationForms.percentText(value);
            case MONEY -> CalculationForms.kronorText(Math.round(value));
            case NUMBER -> CalculationForms.decimalText(value);
        };
    }

}
