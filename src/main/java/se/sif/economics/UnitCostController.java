package se.sif.economics;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.economics.calculation.ActorKind;
import se.sif.economics.calculation.ValueKind;
import se.sif.shared.Actor;
import se.sif.shared.ConcurrentEditException;
import se.sif.shared.DomainException;
import se.sif.shared.web.Flash;
import se.sif.shared.web.FormErrors;
import se.sif.shared.web.Kronor;
import se.sif.shared.web.Percent;

/**
 * The unit-cost library's pages: everyone signed in may read it; officers keep it. The
 * API is {@link UnitCostApiController}.
 */
@Controller
class UnitCostController {

    /**
     * A unit cost as typed on its page, in the order of the page's fields;
     * {@code expectedVersion} is the version the editor saw (empty for a new code).
     */
    record UnitCostForm(@Nullable Integer expectedVersion,
            @NotBlank(message = "{validation.required}") @Pattern(regexp = "|[a-z0-9_]{2,60}",
                    message = "{economics.unitCost.codeFormat}") @Nullable String code,
            @NotBlank(message = "{validation.required}") @Nullable String nameSv,
            @NotBlank(message = "{validation.required}") @Nullable String nameEn,
            @NotBlank(message = "{validation.required}") @Nullable String unitSv,
            @NotBlank(message = "{validation.required}") @Nullable String unitEn,
            @NotNull(message = "{validation.required}") @Kronor(ore = true) @Nullable Long value,
            @NotNull(message = "{validation.required}") @Min(value = 1900,
                    message = "{economics.unitCost.priceYearRange}") @Max(value = 2200,
                            message = "{economics.unitCost.priceYearRange}") @Nullable Integer priceYear,
            @NotNull(message = "{validation.required}") @Nullable ActorKind actorKind,
            @NotBlank(message = "{validation.required}") @Nullable String actorService,
            @NotNull(message = "{validation.required}") @Nullable ValueKind valueKind,
            @NotNull(message = "{validation.required}") @DecimalMin(value = "0",
                    message = "{economics.problem.share}") @DecimalMax(value = "1",
                            message = "{economics.problem.share}") @Percent @Nullable BigDecimal cashableShare,
            @NotBlank(message = "{validation.required}") @Nullable String source, @Nullable String quote,
            @Nullable String notes, @Nullable Boolean estimate) {

        static final UnitCostForm BLANK = new UnitCostForm(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);

        static UnitCostForm of(UnitCosts.UnitCostView u) {
            return new UnitCostForm(u.version(), u.code(), u.nameSv(), u.nameEn(), u.unitSv(), u.unitEn(), u.valueOre(),
                    u.priceYear(), u.actorKind(), u.actorService(), u.valueKind(), u.cashableShare(), u.source(),
                    u.quote(), u.notes(), u.estimate());
        }

        UnitCosts.UnitCostInput input() {
            return new UnitCosts.UnitCostInput(CalculationForms.blank(code), expectedVersion, nameSv, nameEn, unitSv,
                    unitEn, value, priceYear, actorKind, actorService, valueKind, cashableShare,
                    Boolean.TRUE.equals(estimate), source, quote, notes);
        }
    }

    private final UnitCosts unitCosts;

    private final Flash flash;

    UnitCostController(UnitCosts unitCosts, Flash flash) {
        this.unitCosts = unitCosts;
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
        model.addAttribute("unitCostForm", UnitCostForm.of(history.get(0)));
        return page(model, history);
    }

    @GetMapping("/unit-costs/new")
    String create(Model model) {
        requireEditor();
        model.addAttribute("unitCostForm", UnitCostForm.BLANK);
        return page(model, List.of());
    }

    private String page(Model model, List<UnitCosts.UnitCostView> history) {
        model.addAttribute("history", history);
        model.addAttribute("mayEdit", mayEdit());
        model.addAttribute("actorKinds", ActorKind.values());
        model.addAttribute("valueKinds", ValueKind.values());
        return "economics/unit-cost";
    }

    @PostMapping("/unit-costs")
    String save(@Valid @ModelAttribute("unitCostForm") UnitCostForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        requireEditor();
        UnitCosts.UnitCostInput input = form.input();
        String code = input.code();
        if (!result.hasErrors() && code != null) {
            try {
                int version = unitCosts.save(input);
                flash.add(redirect, "economics.unitCost.saved", code, version);
                return "redirect:/unit-costs/" + code;
            }
            catch (ConcurrentEditException e) {
                FormErrors.reject(result, e);
            }
            catch (DomainException e) {
                FormErrors.reject(result, onPage(e));
            }
        }
        List<UnitCosts.UnitCostView> history = code == null ? List.of()
                : unitCosts.latest(code).map(u -> unitCosts.history(u.code())).orElse(List.of());
        return page(model, history);
    }

    /** The library's refusal with the page's field names: the amount is {@code value}. */
    private static DomainException onPage(DomainException e) {
        DomainException.Violations renamed = new DomainException.Violations();
        for (DomainException.Violation v : e.violations()) {
            renamed.add("valueOre".equals(v.field()) ? "value" : v.field(), v.messageKey(), v.arguments());
        }
        try {
            renamed.throwIfAny();
        }
        catch (DomainException onPage) {
            return onPage;
        }
        return e;
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
