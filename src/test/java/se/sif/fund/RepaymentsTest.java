package se.sif.fund;

import se.sif.organisation.OrganisationId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sif.SifIntegrationTest;
import se.sif.WithBoardSecretary;

/**
 * The repayment model: the boards that save repay their share, and a failed saving is
 * covered as agreed.
 */
@SifIntegrationTest
@WithBoardSecretary
class RepaymentsTest {

    static final int YEAR = se.sif.TestClock.YEAR;

    @Autowired
    FundLedger ledger;

    @Autowired
    Repayments repayments;

    @Autowired
    JdbcClient jdbc;

    long organisation(String name) {
        return jdbc.sql("select id from organisation where name = :n").param("n", name).query(Long.class).single();
    }

    record Setup(long fund, long grant, long social, long school, long owner) {
    }

    Setup repaymentFundWithGrant(RepaymentAgreement.LossCover cover) {
        long owner = organisation("Förskolenämnden, Örebro kommun");
        long fund = jdbc.sql("""
                insert into fund (name, owner_organisation_id, purpose, economic_model, carry_over)
                values ('Återföringsfond', :o, 'Test', 'REPAYMENT', true) returning id""")
            .param("o", owner)
            .query(Long.class)
            .single();
        ledger.appropriate(fund, YEAR, 5_000_000_00L, null, "Avsättning");
        long grant = ledger.commitGrant(new FundLedger.GrantCommitment(FundId.of(fund), YEAR, 2_000_000_00L,
                "REP-" + fund, "Tidigt stöd", OrganisationId.of(owner), null, LocalDate.of(YEAR, 1, 1),
                LocalDate.of(YEAR + 2, 12, 31), null));
        long social = organisation("Socialnämnden, Örebro kommun");
        long school = organisation("Grundskolenämnden, Örebro kommun");
        repayments.agree(grant, cover,
                List.of(new Repayments.PartyTerms(social, new BigDecimal("0.5"),
                        Map.of(YEAR, 300_000_01L, YEAR + 1, 800_000_00L)),
                        new Repayments.PartyTerms(school, new BigDecimal("0.25"), Map.of(YEAR, 400_000_00L))));
        return new Setup(fund, grant, social, school, owner);
    }

    @Test
    void theDemoFundShowsExpectedAgainstActualRefill() {
        Repayments.Refill y2026 = repayments.refill(2)
            .stream()
            .filter(r -> r.fiscalYear() == 2026)
            .findFirst()
            .orElseThrow();
        assertThat(y2026.expectedOre()).as("50 % of 400 000 kr + 40 % of 300 000 kr").isEqualTo(320_000_00L);
        assertThat(y2026.claimedOre()).isEqualTo(320_000_00L);
        assertThat(y2026.repaidOre()).isEqualTo(200_000_00L);
        FundSummary.Year year = ledger.summary(2)
            .years()
            .stream()
            .filter(y -> y.fiscalYear() == 2026)
            .findFirst()
            .orElseThrow();
        assertThat(year.refilled()).isEqualTo(200_000_00L);
        assertThat(year.available()).isEqualTo(10_000_000_00L - 4_000_000_00L + 200_000_00L);
    }

    @Test
    void claimsAreTheAgreedSharesAndRepaymentsRefillTheYear() {
        Setup s = repaymentFundWithGrant(RepaymentAgreement.LossCover.CENTRAL);
        assertThat(repayments.generateClaims(s.fund(), YEAR)).isEqualTo(2);
        assertThat(repayments.generateClaims(s.fund(), YEAR)).as("generating twice creates nothing new").isZero();
        List<RepaymentAgreement.Claim> claims = repayments.agreements(s.fund()).get(0).claims();
        assertThat(claims).extracting(RepaymentAgreement.Claim::amountOre)
            .as("half of 300 000,01 kr rounds half-even to the öre; a quarter of 400 000 kr")
            .containsExactlyInAnyOrder(150_000_00L, 100_000_00L);
        long available = ledger.available(s.fund(), YEAR);
        RepaymentAgreement.Claim social = claims.stream()
            .filter(c -> c.organisationId() == s.social())
            .findFirst()
            .orElseThrow();
        repayments.recordRepayment(social.id(), social.version());
        assertThat(ledger.available(s.fund(), YEAR)).isEqualTo(available + 150_000_00L);
        assertThatThrownBy(() -> repayments.recordRepayment(social.id(), social.version() + 1))
            .hasMessage("fund.error.claimSettled");

        RepaymentAgreement.Claim school = claims.stream()
            .filter(c -> c.organisationId() == s.school())
            .findFirst()
            .orElseThrow();
        repayments.writeOff(school.id(), school.version(), "Färre elever i behov än väntat");
        assertThat(ledger.available(s.fund(), YEAR)).as("the central budget covers the failed saving")
            .isEqualTo(available + 250_000_00L);
        Repayments.Refill refill = repayments.refill(s.fund())
            .stream()
            .filter(r -> r.fiscalYear() == YEAR)
            .findFirst()
            .orElseThrow();
        assertThat(refill.repaidOre()).isEqualTo(150_000_00L);
        assertThat(refill.lossCoveredOre()).isEqualTo(100_000_00L);
        assertThat(jdbc.sql("select sum(amount_ore) from ledger_entry where fund_id = :f")
            .param("f", s.fund())
            .query(Long.class)
            .single()).as("the ledger balances").isZero();
    }

    @Test
    void withoutCentralCoverTheOwningBoardTakesOverTheClaim() {
        Setup s = repaymentFundWithGrant(RepaymentAgreement.LossCover.OWNING_BOARD);
        repayments.generateClaims(s.fund(), YEAR);
        RepaymentAgreement.Claim school = repayments.agreements(s.fund())
            .get(0)
            .claims()
            .stream()
            .filter(c -> c.organisationId() == s.school())
            .findFirst()
            .orElseThrow();
        long available = ledger.available(s.fund(), YEAR);
        repayments.writeOff(school.id(), school.version(), "Besparingen uteblev");
        assertThat(ledger.available(s.fund(), YEAR)).as("no money moves yet").isEqualTo(available);
        assertThat(repayments.agreements(s.fund()).get(0).claims()).anySatisfy(c -> {
            assertThat(c.organisationId()).isEqualTo(s.owner());
            assertThat(c.amountOre()).isEqualTo(100_000_00L);
            assertThat(c.status()).isEqualTo("CLAIMED");
        });
    }

    @Test
    void agreementsOnlyInRepaymentFundsAndWithSensibleTerms() {
        long appropriationGrant = jdbc.sql("select id from fund_grant where fund_id = 1 order by id limit 1")
            .query(Long.class)
            .single();
        long board = organisation("Socialnämnden, Örebro kommun");
        assertThatThrownBy(() -> repayments.agree(appropriationGrant, RepaymentAgreement.LossCover.CENTRAL,
                List.of(new Repayments.PartyTerms(board, BigDecimal.ONE, Map.of(YEAR, 1L)))))
            .hasMessage("fund.error.notRepaymentFund");
        Setup s = repaymentFundWithGrant(RepaymentAgreement.LossCover.CENTRAL);
        assertThatThrownBy(() -> repayments.agree(s.grant(), RepaymentAgreement.LossCover.CENTRAL,
                List.of(new Repayments.PartyTerms(board, BigDecimal.ONE, Map.of(YEAR, 1L)))))
            .hasMessage("fund.error.agreementExists");
        long other = ledger.commitGrant(new FundLedger.GrantCommitment(FundId.of(s.fund()), YEAR, 100_00L,
                "REP2-" + s.fund(), "Annat", OrganisationId.of(s.owner()), null, null, null, null));
        assertThatThrownBy(() -> repayments.agree(other, RepaymentAgreement.LossCover.CENTRAL,
                List.of(new Repayments.PartyTerms(board, new BigDecimal("1.5"), Map.of(YEAR, 1L)))))
            .hasMessage("fund.error.shareRange");
        assertThatThrownBy(() -> repayments.agree(other, RepaymentAgreement.LossCover.CENTRAL, List.of()))
            .hasMessage("fund.error.partiesRequired");
    }

}
