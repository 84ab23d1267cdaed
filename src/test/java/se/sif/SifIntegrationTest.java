package se.sif;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application against a real PostgreSQL with the demo data; every test class
 * with this annotation shares one application context and one database. Tests create the
 * calls and applications they change, so they do not depend on each other's order. The
 * test job handlers are in every such context (inert unless a test submits their kinds),
 * so the jobs tests share the one context too. The clock is fixed ({@link TestClock}).
 * {@link Api} and {@link Scenario} are beans ({@link TestFixtures}): inject them. The
 * browser tests use the same set-up on a real port ({@link #webEnvironment()}), in a
 * context of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ se.sif.jobs.TestJobHandlers.class, TestClock.class, TestFixtures.class, TestEventListeners.class })
public @interface SifIntegrationTest {

    /**
     * A mock servlet environment by default; the browser tests need a server on a random
     * port.
     */
    @AliasFor(annotation = SpringBootTest.class)
    WebEnvironment webEnvironment() default WebEnvironment.MOCK;

}
