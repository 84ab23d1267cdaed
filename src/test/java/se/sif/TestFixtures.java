package se.sif;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The helpers most integration tests build for themselves, as beans of the shared test
 * context, so a test class injects {@link Api} and {@link Scenario} instead of wiring
 * them from MockMvc and JdbcClient in a set-up method. Both keep no state between calls,
 * so one of each serves every test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestFixtures {

    @Bean
    Api api(MockMvc mvc) {
        return new Api(mvc);
    }

    @Bean
    Scenario scenario(Api api, JdbcClient jdbc) {
        return new Scenario(api, jdbc);
    }

}
