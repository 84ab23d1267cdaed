package se.sif.screening;

public enum ScreeningOutcome {

    TO_PANEL, COMPLETION_REQUESTED, REJECTED

}
