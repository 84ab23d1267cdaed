package se.sif.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import se.sif.ModuleTestDatabase;
import se.sif.TestClock;
import se.sif.audit.AuditTrail;
import se.sif.fund.FundLedger;
import se.sif.identity.Users;

/**
 * The call module starts with only its declared neighbours (fund, audit, identity,
 * notification), here stand-ins.
 */
@ApplicationModuleTest
@Import({ ModuleTestDatabase.class, TestClock.class })
class CallModuleTest {

    @MockitoBean
    se.sif.identity.Permissions permissions;

    @MockitoBean
    FundLedger funds;

    @MockitoBean
    AuditTrail audit;

    @MockitoBean
    Users users;

    @MockitoBean
    se.sif.notification.Notifications notifications;

    @Autowired
    Calls calls;

    @Test
    void startsWithOnlyItsDeclaredNeighbours() {
        assertThat(Mockito.mockingDetails(funds).isMock()).isTrue();
        assertThat(calls.byIds(java.util.List.of(-1L))).isEmpty();
    }

}
