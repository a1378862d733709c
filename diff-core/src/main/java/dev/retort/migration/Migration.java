package dev.retort.migration;

/**
 * One revision's schema change: {@link #upgrade} records the operations that move the database forward and
 * {@link #downgrade} those that move it back. Both only record; the runner decides when and how they run.
 */
public interface Migration {

    void upgrade(Operations ops) throws Exception;

    void downgrade(Operations ops) throws Exception;
}
