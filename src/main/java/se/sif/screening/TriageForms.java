package se.sif.screening;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The triage page's forms, each as typed, in the order of its fields. */
final class TriageForms {

    private TriageForms() {
    }

    record DeclarationForm(@NotNull(message = "{sifting.error.conflictRequired}") @Nullable Boolean conflict,
            @Size(max = 4000) @Nullable String declarationNote) {

        static DeclarationForm blank() {
            return new DeclarationForm(null, null);
        }

        static String field(String rule) {
            return "note".equals(rule) ? "declarationNote" : rule;
        }

    }

    record WithdrawalForm(@Size(max = 4000) @Nullable String withdrawnNote) {
    }

    record GradeForm(@Nullable Long revises, @Nullable Integer grade, @Nullable List<String> criteriaMet,
            @Size(max = 4000) @Nullable String gradeNote) {

        GradeForm {
            criteriaMet = criteriaMet == null ? List.of() : List.copyOf(criteriaMet);
        }

        /** The member's current grade to revise, or a blank one. */
        static GradeForm of(Triage.@Nullable Grade mine) {
            return mine == null ? new GradeForm(null, null, List.of(), null)
                    : new GradeForm(mine.id(), mine.grade(), mine.criteriaMet(), mine.note());
        }

        static String field(String rule) {
            return "note".equals(rule) ? "gradeNote" : rule;
        }

    }

    record AgreementForm(int pass, @Nullable Integer agreedGrade, @Size(max = 4000) @Nullable String agreementNote) {

        static String field(String rule) {
            return switch (rule) {
                case "grade" -> "agreedGrade";
                case "note" -> "agreementNote";
                default -> rule;
            };
        }

    }

}
