package se.sif.economics;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.economics.calculation.CalculationInputException;
import se.sif.economics.calculation.DiscountingParameters;
import se.sif.economics.calculation.OptimismBiasTable;
import se.sif.shared.Actor;
import se.sif.shared.DomainException;
import se.sif.shared.web.Flash;
import se.sif.shared.web.FormErrors;
import se.sif.shared.web.Percent;

/**
 * The parameter sets a calculation chooses from, shown so that everyone can see what a
 * discount schedule or a confidence grade means; officials add their own optimism-bias
 * table as a new version.
 */
@Controller
class ParameterSetController {

    /** A set with its description, for the page. */
    record Shown<T>(String version, String description, T body) {
    }

    /**
     * A new optimism-bias table as typed: its name, a description, and per confidence
     * grade (0–5) how much costs go up and benefits down, in percent.
     */
    record OptimismBiasForm(@NotBlank(message = "{validation.required}") @Nullable String version,
            @Nullable String description, @Valid List<GradeRow> grades) {

        OptimismBiasForm {
            List<GradeRow> rows = new ArrayList<>();
            for (GradeRow row : grades == null ? List.<GradeRow>of() : grades) {
                rows.add(row == null ? GradeRow.EMPTY : row);
            }
            grades = Collections.unmodifiableList(rows);
        }

        static OptimismBiasForm blank() {
            return new OptimismBiasForm(null, null, Collections.nCopies(GRADES, GradeRow.EMPTY));
        }
    }

    /** One confidence grade's row of the table. */
    record GradeRow(@NotNull(message = "{validation.required}") @Percent @Nullable BigDecimal uplift,
            @NotNull(message = "{validation.required}") @Percent @Nullable BigDecimal reduction) {

        static final GradeRow EMPTY = new GradeRow(null, null);

    }

    /** Confidence grades 0 to 5. */
    static final int GRADES = 6;

    private static final Pattern GRADE = Pattern.compile("^(costUplift|benefitReduction)\\[(\\d+)]$");

    private final ParameterSets parameterSets;

    private final Flash flash;

    private final EconomicsMessages messages;

    ParameterSetController(ParameterSets parameterSets, Flash flash, EconomicsMessages messages) {
        this.messages = messages;
        this.parameterSets = parameterSets;
        this.flash = flash;
    }

    @GetMapping("/parameter-sets")
    String list(Model model) {
        model.addAttribute("optimismForm", OptimismBiasForm.blank());
        return page(model);
    }

    private String page(Model model) {
        List<Shown<DiscountingParameters>> discounting = new ArrayList<>();
        parameterSets.all(ParameterSets.Kind.DISCOUNTING)
            .forEach(p -> discounting
                .add(new Shown<>(p.version(), messages.describe(p), parameterSets.discounting(p.version()))));
        List<Shown<OptimismBiasTable>> optimism = new ArrayList<>();
        parameterSets.all(ParameterSets.Kind.OPTIMISM_BIAS)
            .forEach(p -> optimism
                .add(new Shown<>(p.version(), messages.describe(p), parameterSets.optimismBias(p.version()))));
        List<Shown<java.util.SortedMap<Integer, Double>>> indexes = new ArrayList<>();
        parameterSets.all(ParameterSets.Kind.PRICE_INDEX)
            .forEach(p -> indexes.add(new Shown<>(p.version(), messages.describe(p),
                    new java.util.TreeMap<>(parameterSets.priceIndex(p.version()).indexByYear()))));
        model.addAttribute("discounting", discounting);
        model.addAttribute("optimism", optimism);
        model.addAttribute("indexes", indexes);
        model.addAttribute("mayEdit", Actor.hasRole("OFFICER") || Actor.hasRole("ADMIN"));
        return "economics/parameter-sets";
    }

    @PostMapping("/parameter-sets/optimism-bias")
    String addOptimismBias(@Valid @ModelAttribute("optimismForm") OptimismBiasForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && form.version() != null) {
            String version = form.version().strip();
            try {
                List<Double> uplift = new ArrayList<>();
                List<Double> reduction = new ArrayList<>();
                for (GradeRow row : form.grades()) {
                    uplift.add(CalculationForms.number(row.uplift()));
                    reduction.add(CalculationForms.number(row.reduction()));
                }
                parameterSets.addOptimismBias(new OptimismBiasTable(version, uplift, reduction), form.description());
                flash.add(redirect, "economics.parameterSets.added", version);
                return "redirect:/parameter-sets";
            }
            catch (CalculationInputException e) {
                FormErrors.reject(result,
                        CalculationForms.refusal(e.violations(), ParameterSetController::gradeField, result));
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(model);
    }

    /**
     * Where the form shows a problem of the table: {@code benefitReduction[5]} is
     * {@code grades[5].reduction}.
     */
    private static @Nullable String gradeField(String path) {
        Matcher m = GRADE.matcher(path);
        if (m.matches()) {
            return "grades[" + m.group(2) + "]." + (m.group(1).equals("costUplift") ? "uplift" : "reduction");
        }
        return path.equals("version") ? path : null;
    }

}
