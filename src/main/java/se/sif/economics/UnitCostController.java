package se.sif.economics;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.economics.calculation.ActorKind;
import se.sif.economics.calculation.ValueKind;
import se.sif.shared.Actor;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.web.Flash;

/**
 * The unit-cost library's pages: everyone signed in may read it; officers keep it. The
 * API is {@link UnitCostApiController}.
 */
@Controller
class UnitCostController {

    private final UnitCosts unitCosts;

    private final CalculationForms forms;

    private final Flash flash;

    UnitCostController(UnitCosts unitCosts, CalculationForms forms, Flash flash) {
        this.unitCosts = unitCosts;
        this.forms = forms;
        this.flash = flash;
    }

    @GetMapping("/unit-costs")
    String list(Model model) {
        model.addAttribute("unitCosts", unitCosts.current());
        model.addAttribute("mayEdit", mayEdit());
        return "economics/unit-costs";
    }

    @GetMapping("/unit-costs/{code}")
    String show(@PathVariable String code, Model model) {
        List<UnitCosts.UnitCostView> history = unitCosts.history(code);
        UnitCosts.UnitCostView current = history.get(0);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", current.code());
        form.put("expectedVersion", String.valueOf(current.version()));
        form.put("nameSv", current.nameSv());
        form.put("nameEn", current.nameEn());
        form.put("unitSv", current.unitSv());
        form.put("unitEn", current.unitEn());
        form.put("value", CalculationForms.kronor(current.valueOre()));
        form.put("priceYear", String.valueOf(current.priceYear()));
        form.put("actorKind", current.actorKind().name());
        form.put("actorService", current.actorService());
        form.put("valueKind", current.valueKind().name());
        form.put("cashableShare", CalculationForms.percent(current.cashableShare().doubleValue()));
        form.put("estimate", current.estimate() ? "on" : "");
        form.put("source", current.source());
        form.put("quote", CalculationForms.text(current.quote()));
        form.put("notes", CalculationForms.text(current.notes()));
        return page(model, history, form, forms.errors());
    }

    @GetMapping("/unit-costs/new")
    String create(Model model) {
        requireEditor();
        return page(model, List.of(), new LinkedHashMap<>(), forms.errors());
    }

    private String page(Model model, List<UnitCosts.UnitCostView> history, Map<String, String> form,
            CalculationForms.Errors errors) {
        model.addAttribute("history", history);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.byField);
        model.addAttribute("generalErrors", errors.general);
        model.addAttribute("mayEdit", mayEdit());
        Map<String, String> actorKinds = new LinkedHashMap<>();
        for (ActorKind k : ActorKind.values()) {
            actorKinds.put(k.name(), forms.message("economics.actorKind." + k.name()));
        }
        Map<String, String> valueKinds = new LinkedHashMap<>();
        for (ValueKind k : ValueKind.values()) {
            valueKinds.put(k.name(), forms.message("economics.valueKind." + k.name()));
        }
        model.addAttribute("actorKindOptions", actorKinds);
        model.addAttribute("valueKindOptions", valueKinds);
        return "economics/unit-cost";
    }

    @PostMapping("/unit-costs")
    String save(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        requireEditor();
        Map<String, String> form = params.toSingleValueMap();
        CalculationForms.Errors errors = forms.errors();
        Double share = errors.percent(form, "cashableShare", "cashableShare");
        if (share != null && !(share >= 0 && share <= 1)) {
            errors.add("cashableShare", "economics.problem.share");
        }
        UnitCosts.UnitCostInput input = new UnitCosts.UnitCostInput(
                form.get("code") == null ? null : form.get("code").strip(),
                errors.integer(form, "expectedVersion", "code"), form.get("nameSv"), form.get("nameEn"),
                form.get("unitSv"), form.get("unitEn"), errors.kronor(form, "value", "value"),
                errors.integer(form, "priceYear", "priceYear"),
                errors.choice(form, "actorKind", "actorKind", ActorKind.class), form.get("actorService"),
                errors.choice(form, "valueKind", "valueKind", ValueKind.class),
                share == null ? null : BigDecimal.valueOf(share), "on".equals(form.get("estimate")), form.get("source"),
                form.get("quote"), form.get("notes"));
        if (!errors.any()) {
            try {
                int version = unitCosts.save(input);
                flash.add(redirect, "economics.unitCost.saved", input.code(), version);
                return "redirect:/unit-costs/" + input.code();
            }
            catch (ConcurrentEditException e) {
                errors.general.add(forms.message("problem.concurrentEdit"));
            }
            catch (DomainException e) {
                for (String field : e.fields()) {
                    errors.add("valueOre".equals(field) ? "value" : field,
                            e.field() != null ? e.messageKey() : "validation.required");
                }
                if (e.fields().isEmpty()) {
                    errors.general.add(forms.message(e.messageKey(), e.arguments()));
                }
            }
        }
        List<UnitCosts.UnitCostView> history = input.code() == null ? List.of()
                : unitCosts.latest(input.code()).map(u -> unitCosts.history(u.code())).orElse(List.of());
        return page(model, history, form, errors);
    }

    private static boolean mayEdit() {
        return Actor.hasRole("OFFICER") || Actor.hasRole("ADMIN");
    }

    private static void requireEditor() {
        if (!mayEdit()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "only officers keep the unit-cost library");
        }
    }

}
