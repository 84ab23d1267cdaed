package se.sif.economics.calculation;

import java.util.List;

/**
 * Corrects for the known tendency of appraisals to understate costs and overstate
 * benefits (optimism bias), by how good the evidence behind each figure is: costs are
 * multiplied by {@code 1 + costUplift[grade]}, benefits by
 * {@code 1 − benefitReduction[grade]}. Versioned because a changed table changes every
 * result, and a stored calculation must say which table it used.
 *
 * @param costUplift per confidence grade (index = grade), at least 0
 * @param benefitReduction per confidence grade (index = grade), between 0 and 1
 */
public record OptimismBiasTable(String version, List<Double> costUplift, List<Double> benefitReduction) {

    /**
     * Configurable defaults, not published figures: grade 0 is audited outturn data and
     * gets no correction; the correction grows as the evidence weakens, up to grade 5 (an
     * unsupported estimate), in the manner of the confidence grades of the UK unit-cost
     * database (New Economy / GMCA cost-benefit model). A fund owner sets its own table.
     */
    public static final OptimismBiasTable DEFAULT = new OptimismBiasTable("sif-default-1",
            List.of(0.0, 0.05, 0.10, 0.15, 0.25, 0.40), List.of(0.0, 0.05, 0.10, 0.15, 0.25, 0.40));

    /**
     * No correction at any grade: for hand-checked examples and for seeing the
     * uncorrected figures.
     */
    public static final OptimismBiasTable NONE = new OptimismBiasTable("none", List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
            List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0));

    public OptimismBiasTable {
        Checks checks = new Checks().notBlank("version", version)
            .notNull("costUplift", costUplift)
            .notNull("benefitReduction", benefitReduction);
        checks.throwIfAny();
        if (costUplift.isEmpty()) {
            checks.add("costUplift", "must have a value for at least grade 0");
        }
        if (costUplift.size() != benefitReduction.size()) {
            checks.add("benefitReduction", "must have as many grades as costUplift (" + costUplift.size() + ")");
        }
        for (int g = 0; g < costUplift.size(); g++) {
            Double v = costUplift.get(g);
            if (v == null) {
                checks.add("costUplift[" + g + "]", "must be given");
            }
            else {
                checks.nonNegative("costUplift[" + g + "]", v);
            }
        }
        for (int g = 0; g < benefitReduction.size(); g++) {
            Double v = benefitReduction.get(g);
            if (v == null) {
                checks.add("benefitReduction[" + g + "]", "must be given");
            }
            else {
                checks.share("benefitReduction[" + g + "]", v);
            }
        }
        checks.throwIfAny();
        costUplift = List.copyOf(costUplift);
        benefitReduction = List.copyOf(benefitReduction);
    }

    public int highestGrade() {
        return costUplift.size() - 1;
    }

    public boolean hasGrade(int grade) {
        return grade >= 0 && grade <= highestGrade();
    }

    public double costFactor(int grade) {
        return 1 + costUplift.get(grade);
    }

    public double benefitFactor(int grade) {
        return 1 - benefitReduction.get(grade);
    }
}
