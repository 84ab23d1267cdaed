package se.sif.screening;

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
import se.sif.organisation.Organisations;
import se.sif.identity.Users;
import se.sif.audit.AuditTrail;

/**
 * The screening module starts with only its declared neighbours (application, call,
 * organisation, identity, audit), here stand-ins.
 */
@ApplicationModuleTest
@Import({ ModuleTestDatabase.class, TestClock.class })
class ScreeningModuleTest {

    @MockitoBean
    se.sif.identity.Permissions permissions;

    @MockitoBean
    Applications applications;

    @MockitoBean
    se.sif.application.ApplicationAccess applicationAccess;

    @MockitoBean
    se.sif.application.CompletionRequests completionRequests;

    @MockitoBean
    Calls calls;

    @MockitoBean
    Organisations organisations;

    @MockitoBean
    Users users;

    @MockitoBean
    AuditTrail auditTrail;

    @MockitoBean
    se.sif.fund.FundLedger fundLedger;

    @MockitoBean
    se.sif.application.ApplicantContacts applicantContacts;

    @MockitoBean
    se.sif.notification.Notifications notifications;

    @Autowired
    Screenings screenings;

    @Test
    void startsWithOnlyItsDeclaredNeighbours() {
        assertThat(Mockito.mockingDetails(applications).isMock()).isTrue();
        assertThat(screenings).isNotNull();
    }

}
