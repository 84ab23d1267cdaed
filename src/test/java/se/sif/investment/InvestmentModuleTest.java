package se.sif.investment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import se.sif.ModuleTestDatabase;
import se.sif.TestClock;
import se.sif.fund.FundLedger;
import se.sif.fund.Grants;
import se.sif.organisation.Organisations;
import se.sif.identity.Users;
import se.sif.audit.AuditTrail;

/**
 * The investment module starts with only its declared neighbours (fund, organisation,
 * identity, audit; decision only for its event), here stand-ins.
 */
@ApplicationModuleTest
@Import({ ModuleTestDatabase.class, TestClock.class })
class InvestmentModuleTest {

    @MockitoBean
    se.sif.identity.Permissions permissions;

    @MockitoBean
    FundLedger fundLedger;

    @MockitoBean
    Grants grants;

    @MockitoBean
    Organisations organisations;

    @MockitoBean
    Users users;

    @MockitoBean
    AuditTrail auditTrail;

    @Autowired
    Investments investments;

    @Test
    void startsWithOnlyItsDeclaredNeighbours() {
        assertThat(Mockito.mockingDetails(fundLedger).isMock()).isTrue();
        assertThat(investments).isNotNull();
    }

}
