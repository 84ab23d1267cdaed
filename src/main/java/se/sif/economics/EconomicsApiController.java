package se.sif.economics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Economics", description = "Socio-economic calculation")
class EconomicsApiController {

    record PresentValueRequest(@NotEmpty @Size(max = 200) List<@NotNull Long> yearlyOre,
                               @DecimalMin("0") @DecimalMax("0.5") BigDecimal rate, Discounting.FirstYear firstYear) {
    }

    record PresentValue(long presentValueOre, BigDecimal rate, Discounting.FirstYear firstYear) {
    }

    @PostMapping("/api/v1/economics/present-value")
    @Operation(summary = "Present value of yearly amounts (öre) at a real rate (default 3.5 %, first year undiscounted)")
    PresentValue presentValue(@Valid @RequestBody PresentValueRequest request) {
        BigDecimal rate = request.rate() == null ? Discounting.DEFAULT_RATE : request.rate();
        Discounting.FirstYear firstYear = request.firstYear() == null ? Discounting.FirstYear.UNDISCOUNTED : request.firstYear();
        return new PresentValue(Discounting.presentValue(request.yearlyOre(), rate, firstYear), rate, firstYear);
    }
}
