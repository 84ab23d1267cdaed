package se.sif.economics.calculation;

/**
 * One bar of a tornado diagram: the NPV (öre, unrounded) with one parameter at its low
 * and at its high estimate and everything else at the likely value.
 */
public record TornadoBar(Parameter parameter, double low, double high, double npvAtLow, double npvAtHigh) {

    public String path() {
        return parameter.path();
    }

    public double swing() {
        return Math.abs(npvAtHigh - npvAtLow);
    }
}
