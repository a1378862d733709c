package dev.retort.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Function calls read from default expressions, and which defaults are volatile. */
class DefaultVolatilityTest {

    @Test
    void findsCallsButNotCastsLiteralsOrKeywords() {
        assertThat(ExpressionFunctions.calledBy("nextval('public.orders_id_seq'::regclass)"))
                .containsExactly("nextval");
        assertThat(ExpressionFunctions.calledBy("'random()'::character varying(20)")).isEmpty();
        assertThat(ExpressionFunctions.calledBy("(lower((name)::text) || md5((random())::text))"))
                .containsExactly("lower", "md5", "random");
        assertThat(ExpressionFunctions.calledBy("('now'::text)::timestamp(6) with time zone")).isEmpty();
        assertThat(ExpressionFunctions.calledBy("COALESCE(a, public.\"nextId\"(), b)"))
                .containsExactly("public.nextId");
        assertThat(ExpressionFunctions.calledBy("CASE WHEN (x IN (1, 2)) THEN 1 ELSE 0 END")).isEmpty();
        assertThat(ExpressionFunctions.calledBy("'it''s'::text")).isEmpty();
        assertThat(ExpressionFunctions.calledBy("(1.5)::numeric(10,2)")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nextval('public.s'::regclass)", "random()", "clock_timestamp()", "gen_random_uuid()",
        "uuidv7()", "timeofday()", "md5((random())::text)", "public.uuid_generate_v4()", "public.my_default()",
        "pg_catalog.random()", "(now() + ((random() * (10)::double precision) * '00:00:01'::interval))"})
    void volatileDefaults(String expression) {
        assertThat(DefaultVolatility.isVolatile(expression)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"now()", "CURRENT_TIMESTAMP", "statement_timestamp()", "'x'::character varying",
        "timezone('UTC'::text, now())", "txid_current()", "ARRAY[1, 2]", "'{}'::jsonb", "0", "(0)::numeric(12,2)",
        "'happy'::public.mood", "lower('ABC'::text)", "CURRENT_TIMESTAMP(3)"})
    void nonVolatileDefaults(String expression) {
        assertThat(DefaultVolatility.isVolatile(expression)).isFalse();
    }

    @Test
    void namesTheFirstVolatileCall() {
        assertThat(DefaultVolatility.firstVolatileCall("(lower('a'::text) || (clock_timestamp())::text)"))
                .isEqualTo(Optional.of("clock_timestamp"));
        assertThat(DefaultVolatility.volatileBuiltIns()).contains("nextval", "random", "gen_random_uuid", "setval")
                .doesNotContain("now", "timezone", "lower");
    }
}
