/**
 * Hazards: what a change can do to a live database (lose data, lock, rewrite, fail on existing rows, break
 * the running application), computed by one rules component, {@link dev.retort.hazard.HazardRules}, from the
 * change and its context. The rules are split by family into package-private classes; the type-change
 * classifier and the default-volatility check are the facts {@code TableRewriteIT} verifies on the server.
 */
package dev.retort.hazard;
