package se.sif.economics.calculation;

/**
 * A three-point estimate of one parameter. {@code likely} must equal the value in the
 * calculation, so the deterministic result, the tornado and the Monte Carlo all describe
 * the same case.
 */
public record Uncertainty(Parameter parameter, double low, double likely, double high, DistributionShape shape) {

    public Uncertainty {
        Checks checks = new Checks().notNull("parameter", parameter)
            .notNull("shape", shape)
            .finite("low", low)
            .finite("likely", likely)
            .finite("high", high);
        checks.throwIfAny();
        if (!(low <= likely)) {
            checks.add("low", "must not be above likely (" + likely + ")");
        }
        if (!(likely <= high)) {
            checks.add("high", "must not be below likely (" + likely + ")");
        }
        checks.throwIfAny();
    }

    public static Uncertainty pert(Parameter parameter, double low, double likely, double high) {
        return new Uncertainty(parameter, low, likely, high, DistributionShape.PERT);
    }

    public static Uncertainty triangular(Parameter parameter, double low, double likely, double high) {
        return new Uncertainty(parameter, low, likely, high, DistributionShape.TRIANGULAR);
    }
}
