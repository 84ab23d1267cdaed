package se.sif.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import se.sif.ModuleTestDatabase;
import se.sif.TestClock;
import se.sif.application.Applications;
import se.sif.call.Calls;
import se.sif.fund.FundLedger;
import se.sif.identity.Users;
import se.sif.audit.AuditTrail;

/**
 * The decision module starts with only its declared neighbours (application, call, fund,
 * identity, audit), here stand-ins.
 */
@ApplicationModuleTest
@Import({ ModuleTestDatabase.class, TestClock.class })
class DecisionModuleTest {

    @MockitoBean
    se.sif.identity.Permissions permissions;

    @MockitoBean
    Applications applications;

    @MockitoBean
    Calls calls;

    @MockitoBean
    FundLedger fundLedger;

    @MockitoBean
    Users users;

    @MockitoBean
    AuditTrail auditTrail;

    @Autowired
    Decisions decisions;

    @Test
    void startsWithOnlyItsDeclaredNeighbours() {
        assertThat(Mockito.mockingDetails(applications).isMock()).isTrue();
        assertThat(decisions).isNotNull();
    }

}
