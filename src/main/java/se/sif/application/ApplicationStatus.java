package se.sif.application;

public enum ApplicationStatus {
    DRAFT, SUBMITTED, COMPLETION_REQUESTED, IN_ASSESSMENT, REJECTED, GRANTED;

    public boolean editableByApplicant() {
        return this == DRAFT || this == COMPLETION_REQUESTED;
    }
}
