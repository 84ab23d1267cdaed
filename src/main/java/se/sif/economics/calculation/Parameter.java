package se.sif.economics.calculation;

/**
 * A number in a calculation that can be uncertain, varied for a switching value or shown
 * in a tornado. It is named by the same path as a validation error, so a page can link a
 * sensitivity to the input field.
 *
 * @param outcome outcome index, or -1 for a cost amount
 * @param valueStream value-stream index within the outcome, or -1
 * @param cost cost-line index, or -1
 */
public record Parameter(Kind kind, int outcome, int valueStream, int cost) {

    /**
     * The parameter kinds; the first seven are the outcome's shares and counts, in slot
     * order.
     */
    public enum Kind {

        POPULATION("population", false), ENGAGEMENT("engagement", true), IMPACT("impact", true),
        DEADWEIGHT("deadweight", true), DISPLACEMENT("displacement", true), ATTRIBUTION("attribution", true),
        DROP_OFF("dropOff", true), UNIT_VALUE("unitValueOre", false), COST_AMOUNT("amountOre", false);

        private final String field;

        private final boolean share;

        Kind(String field, boolean share) {
            this.field = field;
            this.share = share;
        }

        public String field() {
            return field;
        }

        /**
         * Shares live in [0, 1]; the others in [0, ∞) (or (−∞, 0] for a disbenefit's unit
         * value).
         */
        public boolean isShare() {
            return share;
        }

        boolean isOutcomeField() {
            return ordinal() <= DROP_OFF.ordinal();
        }

    }

    public Parameter {
        if (kind == null) {
            throw new CalculationInputException("kind", "must be given");
        }
        boolean shapeOk = switch (kind) {
            case UNIT_VALUE -> outcome >= 0 && valueStream >= 0 && cost == -1;
            case COST_AMOUNT -> outcome == -1 && valueStream == -1 && cost >= 0;
            default -> outcome >= 0 && valueStream == -1 && cost == -1;
        };
        if (!shapeOk) {
            throw new CalculationInputException("kind", kind + " needs " + switch (kind) {
                case UNIT_VALUE -> "an outcome and a value-stream index";
                case COST_AMOUNT -> "a cost index only";
                default -> "an outcome index only";
            });
        }
    }

    public static Parameter of(Kind outcomeField, int outcome) {
        return new Parameter(outcomeField, outcome, -1, -1);
    }

    public static Parameter impact(int outcome) {
        return of(Kind.IMPACT, outcome);
    }

    public static Parameter deadweight(int outcome) {
        return of(Kind.DEADWEIGHT, outcome);
    }

    public static Parameter unitValue(int outcome, int valueStream) {
        return new Parameter(Kind.UNIT_VALUE, outcome, valueStream, -1);
    }

    public static Parameter costAmount(int cost) {
        return new Parameter(Kind.COST_AMOUNT, -1, -1, cost);
    }

    /** The input path, e.g. {@code outcomes[2].deadweight}. */
    public String path() {
        return switch (kind) {
            case UNIT_VALUE -> "outcomes[" + outcome + "].valueStreams[" + valueStream + "]." + kind.field();
            case COST_AMOUNT -> "costs[" + cost + "]." + kind.field();
            default -> "outcomes[" + outcome + "]." + kind.field();
        };
    }

    /** Whether the parameter exists in the calculation (indices in range). */
    boolean existsIn(java.util.List<Outcome> outcomes, java.util.List<Cost> costs) {
        return switch (kind) {
            case COST_AMOUNT -> cost < costs.size();
            case UNIT_VALUE -> outcome < outcomes.size() && valueStream < outcomes.get(outcome).valueStreams().size();
            default -> outcome < outcomes.size();
        };
    }

    /** The parameter's value in a calculation. */
    public double valueIn(Calculation calculation) {
        return valueIn(calculation.outcomes(), calculation.costs());
    }

    double valueIn(java.util.List<Outcome> outcomes, java.util.List<Cost> costs) {
        if (kind == Kind.COST_AMOUNT) {
            return costs.get(cost).amountOre();
        }
        Outcome o = outcomes.get(outcome);
        return switch (kind) {
            case POPULATION -> o.population();
            case ENGAGEMENT -> o.engagement();
            case IMPACT -> o.impact();
            case DEADWEIGHT -> o.deadweight();
            case DISPLACEMENT -> o.displacement();
            case ATTRIBUTION -> o.attribution();
            case DROP_OFF -> o.dropOff();
            case UNIT_VALUE -> o.valueStreams().get(valueStream).unitValueOre();
            case COST_AMOUNT -> throw new AssertionError();
        };
    }

    /**
     * The lowest and highest value the parameter may take, given its value in the
     * calculation.
     */
    double[] range(double base) {
        if (kind.isShare()) {
            return new double[] { 0, 1 };
        }
        if (kind == Kind.UNIT_VALUE && base < 0) {
            return new double[] { Double.NEGATIVE_INFINITY, 0 };
        }
        return new double[] { 0, Double.POSITIVE_INFINITY };
    }
}
