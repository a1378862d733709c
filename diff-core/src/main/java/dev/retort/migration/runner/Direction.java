package dev.retort.migration.runner;

/** Which body of a migration runs: {@code upgrade} or {@code downgrade}. */
public enum Direction {
    UPGRADE,
    DOWNGRADE;

    public String verb() {
        return this == UPGRADE ? "upgrade" : "downgrade";
    }
}
