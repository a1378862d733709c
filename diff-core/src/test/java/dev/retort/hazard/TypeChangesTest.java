package dev.retort.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The type parser and the type-change classifier, on types as {@code format_type} spells them. */
class TypeChangesTest {

    @Test
    void parsesNamesModifiersArraysAndUserTypes() {
        assertThat(ColumnType.parse("character varying(255)"))
                .isEqualTo(new ColumnType("character varying", List.of(255), false, false));
        assertThat(ColumnType.parse("numeric(12,2)"))
                .isEqualTo(new ColumnType("numeric", List.of(12, 2), false, false));
        assertThat(ColumnType.parse("timestamp(3) with time zone"))
                .isEqualTo(new ColumnType("timestamp with time zone", List.of(3), false, false));
        assertThat(ColumnType.parse("interval day to second(3)"))
                .isEqualTo(new ColumnType("interval day to second", List.of(3), false, false));
        assertThat(ColumnType.parse("character varying(20)[]"))
                .isEqualTo(new ColumnType("character varying", List.of(20), true, false));
        assertThat(ColumnType.parse("sales.\"Mood\"[]"))
                .isEqualTo(new ColumnType("sales.\"Mood\"", List.of(), true, true));
        assertThat(ColumnType.parse("\"char\"")).isEqualTo(new ColumnType("\"char\"", List.of(), false, false));
        assertThat(ColumnType.parse("double precision").family()).isEqualTo(ColumnType.Family.FLOAT);
        assertThat(ColumnType.parse("timestamp without time zone").timePrecision()).isEqualTo(6);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "character varying(10) | character varying(20) | NO_REWRITE",
        "character varying(10) | character varying | NO_REWRITE",
        "character varying(10) | text | NO_REWRITE",
        "text | character varying | NO_REWRITE",
        "numeric(10,2) | numeric(12,2) | NO_REWRITE",
        "numeric(10,2) | numeric | NO_REWRITE",
        "timestamp(3) without time zone | timestamp without time zone | NO_REWRITE",
        "timestamp without time zone | timestamp(6) without time zone | NO_REWRITE",
        "time(2) with time zone | time(4) with time zone | NO_REWRITE",
        "interval(3) | interval | NO_REWRITE",
        "interval day to second(3) | interval | NO_REWRITE",
        "bit varying(5) | bit varying(8) | NO_REWRITE",
        "cidr | inet | NO_REWRITE",
        "public.mood | public.mood | NO_REWRITE",
        "smallint | integer | REWRITE",
        "integer | bigint | REWRITE",
        "real | double precision | REWRITE",
        "character(5) | character(8) | REWRITE",
        "character(5) | text | REWRITE",
        "numeric(10,2) | numeric(12,3) | REWRITE",
        "integer | numeric | REWRITE",
        "integer | numeric(12,2) | REWRITE",
        "integer | double precision | REWRITE",
        "date | timestamp without time zone | REWRITE",
        "jsonb | json | REWRITE",
        "character varying(10)[] | character varying(20)[] | REWRITE",
        "character varying[] | text[] | REWRITE",
        "json | jsonb | REWRITE_NORMALIZES",
        "timestamp without time zone | timestamp with time zone | REWRITE_TIME_ZONE",
        "timestamp(3) with time zone | timestamp without time zone | REWRITE_TIME_ZONE",
        "time without time zone | time with time zone | REWRITE_TIME_ZONE",
        "date | timestamp with time zone | REWRITE_TIME_ZONE",
        "integer | text | CONVERSION",
        "public.mood | character varying | CONVERSION",
        "uuid | text | CONVERSION",
        "character varying(20) | character varying(10) | NARROWING",
        "text | character varying(10) | NARROWING",
        "text | character(10) | NARROWING",
        "integer | character varying(5) | NARROWING",
        "integer | character varying(10) | NARROWING",
        "integer | character varying(11) | CONVERSION",
        "smallint | character varying(255) | CONVERSION",
        "bigint | character varying(19) | NARROWING",
        "bigint | character varying(20) | CONVERSION",
        "bigint | integer | NARROWING",
        "double precision | real | NARROWING",
        "numeric | numeric(12,2) | NARROWING",
        "numeric(10,2) | numeric(10,1) | NARROWING",
        "numeric(10,2) | numeric(10,3) | NARROWING",
        "numeric(10,2) | numeric(11,3) | REWRITE",
        "numeric(12,2) | integer | NARROWING",
        "integer | numeric(5,2) | NARROWING",
        "bigint | double precision | NARROWING",
        "timestamp(6) without time zone | timestamp(0) without time zone | NARROWING",
        "timestamp with time zone | date | NARROWING",
        "interval | interval day | NARROWING",
        "inet | cidr | NARROWING",
        "character varying(20) | character(20) | NARROWING",
        "text | integer | INCOMPATIBLE",
        "text | uuid | INCOMPATIBLE",
        "text | boolean | INCOMPATIBLE",
        "text | public.mood | INCOMPATIBLE",
        "public.mood | public.mood2 | INCOMPATIBLE",
        "integer | timestamp without time zone | INCOMPATIBLE",
        "integer | boolean | INCOMPATIBLE",
        "text | text[] | INCOMPATIBLE",
        "text | jsonb | INCOMPATIBLE"
    })
    void classifiesTypeChanges(String from, String to, TypeChangeKind expected) {
        assertThat(TypeChanges.classify(from, to)).isEqualTo(expected);
    }
}
