package dev.retort.introspect;

import dev.retort.model.GeneratedKind;
import dev.retort.model.IdentityGeneration;
import dev.retort.model.MatchType;
import dev.retort.model.ReferentialAction;

/** Translates the one-letter codes of the system catalogs into the model's enums. */
final class CatalogCodes {

    private CatalogCodes() {
    }

    /** {@code pg_attribute.attidentity}. */
    static IdentityGeneration identityGeneration(String code) {
        return switch (code) {
            case "a" -> IdentityGeneration.ALWAYS;
            case "d" -> IdentityGeneration.BY_DEFAULT;
            default -> throw unknown("attidentity", code);
        };
    }

    /** {@code pg_attribute.attgenerated}: 's' stored, 'v' virtual (PostgreSQL 18+). */
    static GeneratedKind generatedKind(String code) {
        return switch (code) {
            case "s" -> GeneratedKind.STORED;
            case "v" -> GeneratedKind.VIRTUAL;
            default -> throw unknown("attgenerated", code);
        };
    }

    /** {@code pg_constraint.confupdtype} and {@code confdeltype}. */
    static ReferentialAction referentialAction(String code) {
        return switch (code) {
            case "a" -> ReferentialAction.NO_ACTION;
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> throw unknown("foreign key action", code);
        };
    }

    /** {@code pg_constraint.confmatchtype}. */
    static MatchType matchType(String code) {
        return switch (code) {
            case "s" -> MatchType.SIMPLE;
            case "f" -> MatchType.FULL;
            case "p" -> MatchType.PARTIAL;
            default -> throw unknown("confmatchtype", code);
        };
    }

    private static IllegalStateException unknown(String what, String code) {
        return new IllegalStateException("unknown " + what + " code '" + code + "' in the catalog");
    }
}
