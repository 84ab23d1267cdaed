package se.sif.assessment;

/** The four-step scale: tveksamt, acceptabelt, väl, mycket väl. */
public enum Score {

    DOUBTFUL(1), ACCEPTABLE(2), GOOD(3), VERY_GOOD(4);

    private final int points;

    Score(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }

    public static Score ofPoints(int points) {
        for (Score score : values()) {
            if (score.points == points) {
                return score;
            }
        }
        throw new IllegalArgumentException("no score with " + points + " points");
    }

}
