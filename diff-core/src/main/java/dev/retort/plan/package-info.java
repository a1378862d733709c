/**
 * Planning: the comparator's changes put in an order that can run, each with its hazards in context and its
 * SQL, ready for review, code generation and execution; and a plan reversed into its downgrade.
 */
package dev.retort.plan;
