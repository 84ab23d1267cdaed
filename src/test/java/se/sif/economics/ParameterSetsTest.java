package se.sif.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.sif.SifIntegrationTest;
import se.sif.economics.calculation.OptimismBiasTable;
import se.sif.shared.DomainException;

/**
 * The fund's own optimism-bias table: a new version, never a change to one a calculation
 * may have used.
 */
@SifIntegrationTest
class ParameterSetsTest {

    @Autowired
    ParameterSets parameterSets;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void officialsAddATableAsANewVersionThatCannotBeReplaced() {
        String version = "test-" + System.nanoTime();
        OptimismBiasTable table = new OptimismBiasTable(version, List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.6),
                List.of(0.0, 0.05, 0.1, 0.2, 0.3, 0.5));
        parameterSets.addOptimismBias(table, "Fondens egen tabell");
        assertThat(parameterSets.optimismBias(version)).isEqualTo(table);
        assertThat(parameterSets.all(ParameterSets.Kind.OPTIMISM_BIAS)).extracting(ParameterSets.ParameterSet::version)
            .contains(version, OptimismBiasTable.DEFAULT.version());
        assertThatThrownBy(
                () -> parameterSets.addOptimismBias(new OptimismBiasTable(version, List.of(0.0), List.of(0.0)), "x"))
            .isInstanceOf(DomainException.class)
            .hasMessage("economics.parameterSet.versionTaken");
        assertThat(parameterSets.optimismBias(version)).as("the first table stands").isEqualTo(table);
        assertThatThrownBy(() -> jdbc.sql("update economics_parameter_set set description = 'x' where version = :v")
            .param("v", version)
            .update()).as("rows never change").isNotNull();
    }

    @Test
    @WithMockUser(username = "applicant", roles = "APPLICANT")
    void applicantsChooseATableButDoNotAddOne() {
        assertThat(parameterSets.all(ParameterSets.Kind.DISCOUNTING)).isNotEmpty();
        assertThatThrownBy(() -> parameterSets
            .addOptimismBias(new OptimismBiasTable("applicant-own", List.of(0.0), List.of(0.0)), "x"))
            .isInstanceOf(AuthorizationDeniedException.class);
    }

}
