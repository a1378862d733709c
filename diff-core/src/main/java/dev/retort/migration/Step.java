package dev.retort.migration;

import dev.retort.diff.Change;
import dev.retort.hazard.Hazard;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded operation of a migration: a typed change (or a JDBC data step), the hazards its author accepted
 * with a reason for each, and the source line that recorded it.
 */
public final class Step {

    private final Optional<Change> change;
    private final Optional<JdbcWork> work;
    private final String description;
    private final Optional<CallSite> callSite;
    private final Map<Hazard, String> accepted = new LinkedHashMap<>();

    private Step(Optional<Change> change, Optional<JdbcWork> work, String description, Optional<CallSite> callSite) {
        this.change = change;
        this.work = work;
        this.description = description;
        this.callSite = callSite;
    }

    static Step of(Change change) {
        return new Step(Optional.of(change), Optional.empty(), change.op(), CallSite.ofCaller());
    }

    static Step ofJdbc(String description, JdbcWork work) {
        return new Step(Optional.empty(), Optional.of(work), description, CallSite.ofCaller());
    }

    /**
     * Accepts one hazard of this operation, with the reviewer's reason: the runner's gate then lets it pass.
     * The generator never writes this; a reviewer does.
     */
    public Step accept(Hazard hazard, String reason) {
        Objects.requireNonNull(hazard, "hazard");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("accepting " + hazard + " needs a reason");
        }
        accepted.put(hazard, reason);
        return this;
    }

    /** The typed change, absent for a JDBC data step. */
    public Optional<Change> change() {
        return change;
    }

    /** The data step's code, absent for a typed change. */
    public Optional<JdbcWork> work() {
        return work;
    }

    public String description() {
        return description;
    }

    public Optional<CallSite> callSite() {
        return callSite;
    }

    /** The accepted hazards and the reason given for each. */
    public Map<Hazard, String> accepted() {
        return Collections.unmodifiableMap(accepted);
    }
}
