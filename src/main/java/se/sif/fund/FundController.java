package se.sif.fund;

import java.time.Clock;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.sif.identity.Permissions;
import se.sif.organisation.Organisations;
import se.sif.shared.Stockholm;
import se.sif.shared.DomainException;
import se.sif.shared.Money;
import se.sif.shared.web.Flash;
import se.sif.shared.web.FormErrors;
import se.sif.shared.web.FormInput;

@Controller
class FundController {

    private final FundLedger ledger;

    private final Grants grants;

    private final Organisations organisations;

    private final Flash flash;

    private final Permissions permissions;

    private final Clock clock;

    FundController(FundLedger ledger, Grants grants, Organisations organisations, Flash flash, Clock clock,
            Permissions permissions) {
        this.permissions = permissions;
        this.clock = clock;
        this.ledger = ledger;
        this.grants = grants;
        this.organisations = organisations;
        this.flash = flash;
    }

    @GetMapping("/funds")
    String funds(Model model) {
        model.addAttribute("funds", ledger.funds());
        return "fund/list";
    }

    @GetMapping("/funds/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newFund(Model model) {
        model.addAttribute("newFund", new NewFundForm());
        return newFundPage(model);
    }

    @PostMapping("/funds")
    @PreAuthorize("hasRole('ADMIN')")
    String createFund(@ModelAttribute("newFund") NewFundForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = ledger.createFund(form.toNewFund());
                flash.add(redirect, "fund.created");
                return "redirect:/funds/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return newFundPage(model);
    }

    private String newFundPage(Model model) {
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("models", FundLedger.EconomicModel.values());
        return "fund/new";
    }

    @GetMapping("/funds/{id}")
    String fund(@PathVariable long id, Model model) {
        return show(id, model);
    }

    @PostMapping("/funds/{id}/appropriations")
    String appropriate(@PathVariable long id, @Valid @ModelAttribute("appropriation") FundForms.Appropriation form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ledger.appropriate(id, form.fiscalYear(), form.amount(), form.registrationNumber(), form.description());
                flash.add(redirect, "fund.appropriationRecorded",
                        Money.format(form.amount(), LocaleContextHolder.getLocale()),
                        String.valueOf(form.fiscalYear()));
                return "redirect:/funds/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return show(id, model);
    }

    @PostMapping("/funds/{id}/pre-study-grants")
    String preStudy(@PathVariable long id, @Valid @ModelAttribute("preStudy") FundForms.PreStudy form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long grantId = ledger.grantPreStudy(id, form.recipientOrganisationId(), form.amount(), form.title(),
                        form.registrationNumber());
                flash.add(redirect, "fund.preStudyGranted");
                return "redirect:/grants/" + grantId;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return show(id, model);
    }

    @PostMapping("/funds/{id}/close")
    String close(@PathVariable long id, @Valid @ModelAttribute("close") FundForms.Close form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                FundLedger.YearClose closed = ledger.closeYear(id, form.fiscalYear(), form.early(),
                        form.registrationNumber());
                var locale = LocaleContextHolder.getLocale();
                flash.add(redirect, closed.alreadyClosed() ? "fund.close.already" : "fund.close.done",
                        String.valueOf(closed.fiscalYear()), Money.format(closed.expiredOre(), locale),
                        Money.format(closed.carriedOverOre(), locale));
                return "redirect:/funds/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return show(id, model);
    }

    @GetMapping("/funds/{id}/ledger")
    String ledger(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Account account, @RequestParam(required = false) String kind, Model model) {
        model.addAttribute("fund", ledger.summary(id));
        model.addAttribute("transactions",
                ledger.transactions(id, new LedgerFilter(year, account, null, emptyToNull(kind), null, 500)));
        model.addAttribute("year", year);
        model.addAttribute("account", account);
        model.addAttribute("kind", kind);
        model.addAttribute("accounts", Account.values());
        model.addAttribute("kinds", new String[] { "APPROPRIATION", "COMMITMENT", "DECOMMITMENT", "DISBURSEMENT",
                "EXPIRY", "CARRY_OVER", "REVERSAL", "REPAYMENT", "LOSS_COVER", "OUTCOME_PAYMENT" });
        return "fund/ledger";
    }

    @GetMapping({ "/funds/{id}/ledger/export", "/api/v1/funds/{id}/ledger/export" })
    void export(@PathVariable long id, @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Account account,
            @RequestParam(required = false) String kind, HttpServletResponse response) throws IOException {
        var transactions = ledger.transactions(id,
                new LedgerFilter(year, account, null, emptyToNull(kind), null, 1_000_000));
        String name = "huvudbok-fond-" + id + (year == null ? "" : "-" + year);
        if ("xlsx".equals(format)) {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
            LedgerExport.xlsx(transactions, response.getOutputStream());
        }
        else {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
            LedgerExport.csv(transactions, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        }
    }

    @PostMapping("/funds/{id}/transactions/{transactionId}/reversal")
    @PreAuthorize("hasAnyRole('OFFICER', 'BOARD')")
    String reverse(@PathVariable long id, @PathVariable long transactionId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        flash.attempt(redirect, "fund.reversed", () -> ledger.reverse(id, transactionId, reason),
                String.valueOf(transactionId));
        return "redirect:/funds/" + id + "/ledger";
    }

    @GetMapping("/funds/{id}/grants")
    String grants(@PathVariable long id, Model model) {
        model.addAttribute("fund", ledger.summary(id));
        model.addAttribute("grants", grants.forFund(id));
        return "fund/grants";
    }

    private String show(long id, Model model) {
        int year = LocalDate.now(clock).getYear();
        if (!model.containsAttribute("appropriation")) {
            model.addAttribute("appropriation", FundForms.Appropriation.forYear(year));
        }
        if (!model.containsAttribute("preStudy")) {
            model.addAttribute("preStudy", FundForms.PreStudy.BLANK);
        }
        if (!model.containsAttribute("close")) {
            model.addAttribute("close", FundForms.Close.forYear(year - 1));
        }
        model.addAttribute("may",
                Map.of("appropriate", permissions.allows(ledger, "appropriate"), "grantPreStudy",
                        permissions.allows(ledger, "grantPreStudy"), "closeYear",
                        permissions.allows(ledger, "closeYear"), "closeEarly", ledger.mayCloseEarly()));
        model.addAttribute("fund", ledger.summary(id));
        model.addAttribute("organisations", organisations.all());
        return "fund/show";
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

}
