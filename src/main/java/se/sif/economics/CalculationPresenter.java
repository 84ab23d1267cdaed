package se.sif.economics;

import java.io.ByteArrayOutputStream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.sif.economics.calculation.Calculation;
import se.sif.economics.calculation.CalculationEngine;
import se.sif.economics.calculation.CalculationInputException;
import se.sif.economics.calculation.MonteCarlo;
import se.sif.economics.calculation.MonteCarloResult;
import se.sif.economics.calculation.MonteCarloSettings;

/**
 * Computes a document into what pages and the API show, and into the spreadsheet: one
 * place for both.
 */
@Component
class CalculationPresenter {

    /**
     * A page or an API call computes this many draws at most inline; more is a background
     * job.
     */
    static final int MAX_INLINE_DRAWS = 100_000;

    private final Calculations calculations;

    CalculationPresenter(Calculations calculations) {
        this.calculations = calculations;
    }

    ResultView result(CalculationDocument document, int draws, long seed) {
        if (draws < 0 || draws > MAX_INLINE_DRAWS) {
            throw new CalculationInputException("draws", "must be between 0 and " + MAX_INLINE_DRAWS);
        }
        Calculation calculation = calculations.check(document);
        MonteCarloResult monteCarlo = draws == 0 || calculation.uncertainties().isEmpty() ? null
                : MonteCarlo.run(calculation, new MonteCarloSettings(draws, seed, 1));
        int startYear = document.startYear() == null ? calculation.priceBaseYear() : document.startYear();
        return ResultView.of(CalculationEngine.calculate(calculation), startYear, monteCarlo);
    }

    ResponseEntity<byte[]> workbook(CalculationDocument document, String filename) {
        Calculation calculation = calculations.check(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        se.sif.economics.workbook.CalculationWorkbook.write(calculation, LocaleContextHolder.getLocale(), out);
        return se.sif.shared.web.Downloads.attachment(out.toByteArray(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename + ".xlsx");
    }

}
