package se.sif.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import se.sif.ModuleTestDatabase;
import se.sif.TestClock;
import se.sif.call.Calls;
import se.sif.organisation.Organisations;
import se.sif.identity.Users;
import se.sif.audit.AuditTrail;

/**
 * The application module starts with only its declared neighbours (call, organisation,
 * identity, audit, notification), here stand-ins.
 */
@ApplicationModuleTest
@Import({ ModuleTestDatabase.class, TestClock.class })
class ApplicationsModuleTest {

    @MockitoBean
    se.sif.identity.Permissions permissions;

    @MockitoBean
    Calls calls;

    @MockitoBean
    Organisations organisations;

    @MockitoBean
    Users users;

    @MockitoBean
    AuditTrail auditTrail;

    @MockitoBean
    se.sif.notification.Notifications notifications;

    @Autowired
    Applications applications;

    @Test
    void startsWithOnlyItsDeclaredNeighbours() {
        assertThat(Mockito.mockingDetails(calls).isMock()).isTrue();
        assertThat(applications.countByStatus(null)).isEmpty();
    }

}
