package se.sif.fund;

import java.time.Clock;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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
import se.sif.shared.ListPage;
import se.sif.shared.ListQuery;
import se.sif.shared.Money;
import se.sif.shared.web.Flash;
import se.sif.shared.web.FormErrors;

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

    @PostMapping("/funds/{id}/focus")
    String addFocus(@PathVariable long id, @Valid @ModelAttribute("focus") FundForms.Focus form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ledger.addFocus(id, form.focusFrom(), form.focusTo(), form.focusText());
                flash.add(redirect, "fund.focusAdded");
                return "redirect:/funds/" + id;
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return show(id, model);
    }

    @PostMapping("/funds/{id}/appropriations")
    String appropriate(@PathVariable long id, @Valid @ModelAttribute("appropriation") FundForms.Appropriation form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                // year, amount and description are required, checked by Bean Validation
                // above
                int year = Objects.requireNonNull(form.fiscalYear());
                long amount = Objects.requireNonNull(form.amount());
                ledger.appropriate(id, year, amount, form.registrationNumber(),
                        Objects.requireNonNull(form.description()));
                flash.add(redirect, "fund.appropriationRecorded", Money.format(amount, LocaleContextHolder.getLocale()),
                        String.valueOf(year));
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
                // recipient and amount are @NotNull, checked by Bean Validation above
                long grantId = ledger.grantPreStudy(FundId.of(id),
                        se.sif.organisation.OrganisationId.of(Objects.requireNonNull(form.recipientOrganisationId())),
                        Objects.requireNonNull(form.amount()), form.title(), form.registrationNumber());
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
        if (!result.hasErrors() && !form.isConfirmed()) {
            // first what the close will do, for the official to confirm
            FundSummary fund = ledger.summary(id);
            int year = Objects.requireNonNull(form.fiscalYear());
            FundSummary.Year toClose = fund.years()
                .stream()
                .filter(y -> y.fiscalYear() == year)
                .findFirst()
                .orElse(null);
            model.addAttribute("closing", toClose);
            model.addAttribute("closingYear", String.valueOf(year));
            return show(id, model);
        }
        if (!result.hasErrors()) {
            try {
                // the year is @NotNull, checked by Bean Validation above
                FundLedger.YearClose closed = ledger.closeYear(id, Objects.requireNonNull(form.fiscalYear()),
                        form.early(), form.registrationNumber());
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
        return ledgerPage(id, year, account, kind, model);
    }

    /**
     * The ledger with its correction forms; a reversal form the model holds already is
     * the one just sent back with its errors, shown in the row of
     * {@code reversalTransactionId}.
     */
    private String ledgerPage(long id, @Nullable Integer year, @Nullable Account account, @Nullable String kind,
            Model model) {
        model.addAttribute("fund", ledger.summary(id));
        model.addAttribute("transactions",
                ledger.transactions(id, new LedgerFilter(year, account, null, emptyToNull(kind), null, 500)));
        model.addAttribute("year", year);
        model.addAttribute("account", account);
        model.addAttribute("kind", kind);
        model.addAttribute("accounts", Account.values());
        model.addAttribute("kinds", new String[] { "APPROPRIATION", "COMMITMENT", "DECOMMITMENT", "DISBURSEMENT",
                "EXPIRY", "CARRY_OVER", "REVERSAL", "REPAYMENT", "LOSS_COVER", "OUTCOME_PAYMENT" });
        model.addAttribute("newReversal", FundForms.Reversal.BLANK);
        if (!model.containsAttribute("reversal")) {
            model.addAttribute("reversal", FundForms.Reversal.BLANK);
        }
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
            @Valid @ModelAttribute("reversal") FundForms.Reversal form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ledger.reverse(id, transactionId, form.reason());
                flash.add(redirect, "fund.reversed", String.valueOf(transactionId));
                return "redirect:/funds/" + id + "/ledger";
            }
            catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("reversalTransactionId", transactionId);
        return ledgerPage(id, null, null, null, model);
    }

    /** One page of the fund's grants, sorted, filtered and paged in the query string. */
    @GetMapping("/funds/{id}/grants")
    String grants(@PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) GrantKind kind, @RequestParam(required = false) Integer fiscalYear,
            ListQuery query, Model model) {
        Grants.Filter filter = new Grants.Filter(text, kind, fiscalYear);
        ListPage<GrantView> page = grants.list(id, filter, query);
        model.addAttribute("fund", ledger.summary(id));
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("query", page.query());
        model.addAttribute("grants", page.items());
        model.addAttribute("kinds", GrantKind.values());
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
        if (!model.containsAttribute("focus")) {
            model.addAttribute("focus", FundForms.Focus.from(year + 1));
        }
        FundSummary summary = ledger.summary(id);
        if (!model.containsAttribute("close")) {
            model.addAttribute("close", FundForms.Close.proposedFor(summary, year));
        }
        model.addAttribute("may", Map.of("appropriate", permissions.allows(ledger, "appropriate"), "grantPreStudy",
                permissions.allows(ledger, "grantPreStudy"), "closeYear", permissions.allows(ledger, "closeYear"),
                "closeEarly", ledger.mayCloseEarly(), "addFocus", permissions.allows(ledger, "addFocus")));
        model.addAttribute("fund", summary);
        model.addAttribute("organisations", organisations.all());
        return "fund/show";
    }

    private static @Nullable String emptyToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

}
