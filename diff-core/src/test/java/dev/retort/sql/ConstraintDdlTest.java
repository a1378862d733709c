package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Deferrability;
import dev.retort.model.ForeignKey;
import dev.retort.model.MatchType;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.ReferentialAction;
import dev.retort.model.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintDdlTest {

    private static final QualifiedName LINES = QualifiedName.of("public", "order line");
    private static final QualifiedName ORDERS = QualifiedName.of("public", "order");

    @Test
    void plainForeignKeyWritesNoDefaultClauses() {
        ForeignKey fk = ForeignKey.of("line_order_fk", List.of("order_id"), ORDERS, List.of("id"));
        assertThat(CreateDdl.addForeignKey(LINES, fk)).isEqualTo("ALTER TABLE public.\"order line\""
                + " ADD CONSTRAINT line_order_fk FOREIGN KEY (order_id) REFERENCES public.\"order\" (id)");
    }

    @Test
    void foreignKeyWithEveryOption() {
        ForeignKey fk = ForeignKey.of("Fk", List.of("a", "User"), ORDERS, List.of("x", "y"))
                .withActions(ReferentialAction.CASCADE, ReferentialAction.SET_NULL)
                .withMatch(MatchType.FULL)
                .withDeferrability(Deferrability.DEFERRABLE_INITIALLY_DEFERRED)
                .withValidated(false);
        assertThat(CreateDdl.addForeignKey(LINES, fk)).isEqualTo("ALTER TABLE public.\"order line\""
                + " ADD CONSTRAINT \"Fk\" FOREIGN KEY (a, \"User\") REFERENCES public.\"order\" (x, y) MATCH FULL"
                + " ON UPDATE SET NULL ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED NOT VALID");
    }

    @Test
    void foreignKeyWithOnlyOnDeleteAndImmediateDeferrable() {
        ForeignKey fk = ForeignKey.of("fk", List.of("a"), ORDERS, List.of("id"))
                .withActions(ReferentialAction.RESTRICT, ReferentialAction.NO_ACTION)
                .withDeferrability(Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE);
        assertThat(CreateDdl.addForeignKey(LINES, fk)).isEqualTo("ALTER TABLE public.\"order line\""
                + " ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES public.\"order\" (id) ON DELETE RESTRICT"
                + " DEFERRABLE INITIALLY IMMEDIATE");
    }

    @Test
    void foreignKeyOnUpdateSetDefault() {
        ForeignKey fk = ForeignKey.of("fk", List.of("a"), ORDERS, List.of("id"))
                .withActions(ReferentialAction.NO_ACTION, ReferentialAction.SET_DEFAULT);
        assertThat(CreateDdl.addForeignKey(LINES, fk)).isEqualTo("ALTER TABLE public.\"order line\""
                + " ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES public.\"order\" (id) ON UPDATE SET DEFAULT");
    }

    @Test
    void checkValidatedAndNotValid() {
        assertThat(CreateDdl.addCheck(LINES, CheckConstraint.of("qty_ok", "(qty > 0)")))
                .isEqualTo("ALTER TABLE public.\"order line\" ADD CONSTRAINT qty_ok CHECK ((qty > 0))");
        assertThat(CreateDdl.addCheck(LINES, new CheckConstraint("Check", "(qty < 10)", false)))
                .isEqualTo("ALTER TABLE public.\"order line\" ADD CONSTRAINT \"Check\" CHECK ((qty < 10)) NOT VALID");
    }

    @Test
    void uniqueConstraints() {
        assertThat(CreateDdl.addUnique(LINES, UniqueConstraint.of("u", "a", "b")))
                .isEqualTo("ALTER TABLE public.\"order line\" ADD CONSTRAINT u UNIQUE (a, b)");
        assertThat(CreateDdl.addUnique(LINES, new UniqueConstraint("u2", List.of("a"), true,
                Deferrability.DEFERRABLE_INITIALLY_DEFERRED))).isEqualTo("ALTER TABLE public.\"order line\""
                + " ADD CONSTRAINT u2 UNIQUE NULLS NOT DISTINCT (a) DEFERRABLE INITIALLY DEFERRED");
    }

    @Test
    void primaryKeys() {
        assertThat(CreateDdl.addPrimaryKey(LINES, PrimaryKey.of("order line_pkey", "order_id", "line")))
                .isEqualTo("ALTER TABLE public.\"order line\" ADD CONSTRAINT \"order line_pkey\""
                        + " PRIMARY KEY (order_id, line)");
        assertThat(CreateDdl.addPrimaryKey(LINES, new PrimaryKey("pk", List.of("id"),
                Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE))).isEqualTo("ALTER TABLE public.\"order line\""
                + " ADD CONSTRAINT pk PRIMARY KEY (id) DEFERRABLE INITIALLY IMMEDIATE");
    }
}
