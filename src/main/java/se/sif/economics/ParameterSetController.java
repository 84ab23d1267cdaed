package se.sif.economics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.economics.calculation.CalculationInputException;
import se.sif.economics.calculation.DiscountingParameters;
import se.sif.economics.calculation.OptimismBiasTable;
import se.sif.shared.Actor;
import se.sif.shared.DomainException;
import se.sif.shared.web.Flash;

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

    private final ParameterSets parameterSets;

    private final CalculationForms forms;

    private final Flash flash;

    ParameterSetController(ParameterSets parameterSets, CalculationForms forms, Flash flash) {
        this.parameterSets = parameterSets;
        this.forms = forms;
        this.flash = flash;
    }

    @GetMapping("/parameter-sets")
    String list(Model model) {
        return page(model, new LinkedHashMap<>(), forms.errors());
    }

    private String page(Model model, Map<String, String> form, CalculationForms.Errors errors) {
        List<Shown<DiscountingParameters>> discounting = new ArrayList<>();
        parameterSets.all(ParameterSets.Kind.DISCOUNTING)
            .forEach(p -> discounting
                .add(new Shown<>(p.version(), p.description(), parameterSets.discounting(p.version()))));
        List<Shown<OptimismBiasTable>> optimism = new ArrayList<>();
        parameterSets.all(ParameterSets.Kind.OPTIMISM_BIAS)
            .forEach(p -> optimism
                .add(new Shown<>(p.version(), p.description(), parameterSets.optimismBias(p.version()))));
        List<Shown<java.util.SortedMap<Integer, Double>>> indexes = new ArrayList<>();
        parameterSets.all(ParameterSets.Kind.PRICE_INDEX)
            .forEach(p -> indexes.add(new Shown<>(p.version(), p.description(),
                    new java.util.TreeMap<>(parameterSets.priceIndex(p.version()).indexByYear()))));
        model.addAttribute("discounting", discounting);
        model.addAttribute("optimism", optimism);
        model.addAttribute("indexes", indexes);
        model.addAttribute("mayEdit", Actor.hasRole("OFFICER") || Actor.hasRole("ADMIN"));
        model.addAttribute("grades", List.of(0, 1, 2, 3, 4, 5));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.byField);
        model.addAttribute("generalErrors", errors.general);
        return "economics/parameter-sets";
    }

    @PostMapping("/parameter-sets/optimism-bias")
    String addOptimismBias(@RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        Map<String, String> form = params.toSingleValueMap();
        CalculationForms.Errors errors = forms.errors();
        List<Double> uplift = new ArrayList<>();
        List<Double> reduction = new ArrayList<>();
        for (int g = 0; g <= 5; g++) {
            Double u = errors.percent(form, "uplift" + g, "uplift" + g);
            Double r = errors.percent(form, "reduction" + g, "reduction" + g);
            if (u == null && !errors.byField.containsKey("uplift" + g)) {
                errors.add("uplift" + g, "validation.required");
            }
            if (r == null && !errors.byField.containsKey("reduction" + g)) {
                errors.add("reduction" + g, "validation.required");
            }
            uplift.add(u);
            reduction.add(r);
        }
        String version = form.get("version") == null ? "" : form.get("version").strip();
        if (version.isEmpty()) {
            errors.add("version", "validation.required");
        }
        if (!errors.any()) {
            try {
                parameterSets.addOptimismBias(new OptimismBiasTable(version, uplift, reduction),
                        form.get("description"));
                flash.add(redirect, "economics.parameterSets.added", version);
                return "redirect:/parameter-sets";
            }
            catch (CalculationInputException e) {
                for (CalculationInputException.Violation v : e.violations()) {
                    String field = v.field()
                        .replace("costUplift[", "uplift")
                        .replace("benefitReduction[", "reduction")
                        .replace("]", "");
                    errors.byField.putIfAbsent(field, forms.localise(v));
                }
            }
            catch (DomainException e) {
                errors.add(e.field() == null ? "version" : e.field(), e.messageKey(), e.arguments());
            }
        }
        return page(model, form, errors);
    }

}
