package dev.retort.model;

/** Whether a constraint's check can be deferred to the end of the transaction, and whether it is by default. */
public enum Deferrability {
    NOT_DEFERRABLE,
    DEFERRABLE_INITIALLY_IMMEDIATE,
    DEFERRABLE_INITIALLY_DEFERRED;

    public static Deferrability of(boolean deferrable, boolean initiallyDeferred) {
        if (!deferrable) {
            if (initiallyDeferred) {
                throw new IllegalArgumentException("a constraint that is not deferrable cannot be initially deferred");
            }
            return NOT_DEFERRABLE;
        }
        return initiallyDeferred ? DEFERRABLE_INITIALLY_DEFERRED : DEFERRABLE_INITIALLY_IMMEDIATE;
    }
}
