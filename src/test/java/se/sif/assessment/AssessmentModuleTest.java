package se.sif.assessment;

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
import se.sif.identity.Users;
import se.sif.audit.AuditTrail;

/**
 * The assessment module starts with only its declared neighbours (application, call,
 * identity, audit), here stand-ins.
 */
@ApplicationModuleTest
@Import({ ModuleTestDatabase.class, TestClock.class })
class AssessmentModuleTest {

    @MockitoBean
    Applications applications;

    @MockitoBean
    Calls calls;

    @MockitoBean
    Users users;

    @MockitoBean
    AuditTrail auditTrail;

    @Autowired
    Assessments assessments;

    @Test
    void startsWithOnlyItsDeclaredNeighbours() {
        assertThat(Mockito.mockingDetails(applications).isMock()).isTrue();
        assertThat(assessments).isNotNull();
    }

}
