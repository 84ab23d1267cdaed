package se.sif.overview;

import java.util.List;
import java.util.Map;
import se.sif.application.ApplicationStatus;
import se.sif.call.CallView;
import se.sif.fund.FundSummary;
import se.sif.investment.InvestmentView;

public record FundOverview(List<FundSummary> funds, List<CallRow> calls, List<InvestmentView> investments) {

    public record CallRow(CallView call, Map<ApplicationStatus, Long> applicationsByStatus) {

        public long total() {
            return applicationsByStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        public long count(String status) {
            return applicationsByStatus.getOrDefault(ApplicationStatus.valueOf(status), 0L);
        }
    }
}
