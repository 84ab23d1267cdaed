package se.sif.decision;

import org.jspecify.annotations.Nullable;
import java.util.Locale;

/**
 * What the working group proposes and the board decides, with one spelling for both (the
 * same words as the application's final states). {@link #parse} still takes the
 * proposal's old spelling (GRANT, REJECT), so a form or script written against it keeps
 * working.
 */
public enum DecisionOutcome {

    GRANTED, REJECTED;

    public static DecisionOutcome of(boolean grant) {
        return grant ? GRANTED : REJECTED;
    }

    public boolean grant() {
        return this == GRANTED;
    }

    /** The outcome named by a form or request; null when the text names none. */
    public static @Nullable DecisionOutcome parse(@Nullable String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "GRANTED", "GRANT" -> GRANTED;
            case "REJECTED", "REJECT" -> REJECTED;
            default -> null;
        };
    }

}
