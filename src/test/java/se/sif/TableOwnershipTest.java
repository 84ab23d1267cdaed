package se.sif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's SQL names only its own tables: it asks other modules through their public
 * API. The module dependency check ({@link ModularityTest}) cannot see a join in a
 * string, so this test reads the SQL in every module's Java sources (string literals and
 * text blocks) and fails on a table owned by another module. Ownership is the module
 * table in ARCHITECTURE.md; every table the migrations create must have an owner here, so
 * a new table forces the decision. In the workflow modules, the SQL lives in
 * package-private repositories: no public class there holds a {@link JdbcClient}.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/se/sif");

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /**
     * Infrastructure tables that no module's SQL touches (Spring Session, Spring
     * Modulith's event registry).
     */
    private static final String FRAMEWORK = "(framework)";

    static final Map<String, Set<String>> OWNERS = Map.ofEntries(
            Map.entry("shared", Set.of("registration_series", "idempotency_key")),
            Map.entry("audit", Set.of("audit_event")), Map.entry("identity", Set.of("user_account", "invitation")),
            Map.entry("organisation", Set.of("organisation")),
            Map.entry("fund",
                    Set.of("fund", "fund_co_owner", "fund_focus", "fund_grant", "ledger_transaction", "ledger_entry",
                            "ledger_balance", "grant_payment", "fiscal_year_close", "repayment_agreement",
                            "repayment_party", "expected_saving", "repayment_claim")),
            Map.entry("call", Set.of("funding_call", "call_version", "call_question")),
            Map.entry("application",
                    Set.of("application", "application_co_applicant", "application_attachment",
                            "application_attachment_content", "application_completion_request", "application_receipt",
                            "application_receipt_pdf")),
            Map.entry("screening",
                    Set.of("screening_result", "screening_rejection_reason", "triage_declaration", "triage_grade",
                            "triage_agreement")),
            Map.entry("assessment", Set.of("assessment", "assessment_score", "conflict_of_interest")),
            Map.entry("decision", Set.of("decision_proposal", "decision", "decision_condition")),
            Map.entry("investment",
                    Set.of("investment", "indicator", "indicator_value", "outcomes_contract", "outcome_measure",
                            "outcome_verification", "investor_investment")),
            Map.entry("economics",
                    Set.of("calculation_version", "unit_cost", "unit_cost_version", "economics_parameter_set")),
            Map.entry("jobs", Set.of("background_job")), Map.entry("notification", Set.of("notification_outbox")),
            Map.entry(FRAMEWORK, Set.of("spring_session", "spring_session_attributes", "event_publication",
                    "event_publication_archive")));

    /**
     * Classes that legitimately name every module's tables. The demo loader runs one seed
     * script for the whole database and only asks whether it is still empty.
     */
    private static final Set<String> EXEMPT = Set.of("DemoDataLoader.java");

    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);

    private static final Pattern TABLE_REFERENCE = Pattern.compile(
            "\\b(?:from|join|update|insert\\s+into|delete\\s+from|references)\\s+([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);

    /**
     * The modules whose SQL lives in package-private repositories (XxxRepository), so
     * that their public services read as rules: every module that owns tables but the
     * shared kernel (the registration series and the idempotency keys).
     */
    static final List<String> MODULES_WITH_REPOSITORIES = List.of("call", "application", "screening", "assessment",
            "decision", "investment", "fund", "organisation", "identity", "audit", "economics", "notification");

    @Test
    void everyTableHasAnOwningModule() {
        Set<String> owned = OWNERS.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        assertThat(owned).containsAll(tablesInMigrations());
    }

    @Test
    void noModuleNamesAnotherModulesTable() {
        Map<String, String> ownerOf = OWNERS.entrySet()
            .stream()
            .flatMap(e -> e.getValue().stream().map(t -> Map.entry(t, e.getKey())))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<String> violations = new ArrayList<>();
        for (Path file : javaSources()) {
            if (EXEMPT.contains(file.getFileName().toString())) {
                continue;
            }
            String module = SOURCES.relativize(file).getName(0).toString();
            for (String table : tablesNamedIn(read(file))) {
                String owner = ownerOf.get(table);
                if (owner != null && !owner.equals(module)) {
                    violations.add(SOURCES.relativize(file) + " (module " + module + ") names " + table + ", owned by "
                            + owner);
                }
            }
        }
        assertThat(violations).as("SQL that names another module's table").isEmpty();
    }

    @Test
    void theCheckSeesAJoinInATextBlock() {
        String source = "class X { String sql = \"\"\"\n select a.id from application a\n"
                + "   JOIN  organisation o on o.id = a.applicant_organisation_id\"\"\"; "
                + "String other = \"delete from screening_result where id = :id\"; // from fund in a comment }";
        assertThat(tablesNamedIn(source)).containsExactlyInAnyOrder("application", "organisation", "screening_result");
    }

    @Test
    void noPublicClassOfAModuleWithRepositoriesHoldsAJdbcClient() {
        List<String> violations = new ArrayList<>();
        for (String module : MODULES_WITH_REPOSITORIES) {
            List<Class<?>> withJdbc = classesOf("se.sif." + module).stream()
                .filter(type -> Stream.of(type.getDeclaredFields()).anyMatch(f -> f.getType() == JdbcClient.class))
                .toList();
            assertThat(withJdbc).as("module %s has its SQL somewhere (its repository)", module).isNotEmpty();
            withJdbc.stream()
                .filter(type -> java.lang.reflect.Modifier.isPublic(type.getModifiers()))
                .forEach(type -> violations.add(type.getName() + " holds a JdbcClient"));
        }
        assertThat(violations).as("public classes with SQL (move it to the module's package-private repository)")
            .isEmpty();
    }

    /** Every class of the package and its subpackages, nested ones included. */
    private static List<Class<?>> classesOf(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        List<Class<?>> classes = new ArrayList<>();
        scanner.findCandidateComponents(basePackage).forEach(definition -> {
            try {
                classes.add(
                        Class.forName(definition.getBeanClassName(), false, TableOwnershipTest.class.getClassLoader()));
            }
            catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        return classes;
    }

    static Set<String> tablesNamedIn(String javaSource) {
        Set<String> tables = new TreeSet<>();
        Matcher strings = STRING.matcher(javaSource);
        while (strings.find()) {
            String sql = strings.group(1) != null ? strings.group(1) : strings.group(2);
            Matcher reference = TABLE_REFERENCE.matcher(sql);
            while (reference.find()) {
                tables.add(reference.group(1).toLowerCase());
            }
        }
        return tables;
    }

    private static Set<String> tablesInMigrations() {
        Pattern create = Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)",
                Pattern.CASE_INSENSITIVE);
        Pattern drop = Pattern.compile("drop\\s+table\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)",
                Pattern.CASE_INSENSITIVE);
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            // Versions in order, so a table dropped by a later migration is gone.
            for (Path migration : files.filter(f -> f.toString().endsWith(".sql"))
                .sorted((a, b) -> Integer.compare(version(a), version(b)))
                .toList()) {
                String sql = read(migration);
                create.matcher(sql).results().forEach(m -> tables.add(m.group(1).toLowerCase()));
                drop.matcher(sql).results().forEach(m -> tables.remove(m.group(1).toLowerCase()));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(tables).isNotEmpty();
        return tables;
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static List<Path> javaSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java"))
                .filter(f -> SOURCES.relativize(f).getNameCount() > 1)
                .toList();
            assertThat(sources).isNotEmpty();
            return sources;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
