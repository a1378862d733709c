package dev.retort.scan.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.pg.PostgresTest;
import dev.retort.testing.pg.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Every DDL type spelling the scanner knows matches what format_type prints for a column of that type. */
class TypeSpellingIT {

    private static final List<String> DDL_TYPES = List.of("varchar(255)", "varchar", "character varying(40)",
            "char(1)", "char", "character(3)", "bpchar(4)", "bpchar", "text", "boolean", "bool", "smallint", "int2",
            "integer", "int", "int4", "bigint", "int8", "real", "float4", "float(24)", "float(25)", "float(53)",
            "float", "float8", "double precision", "numeric(38,2)", "numeric(30)", "numeric", "decimal(10, 4)",
            "timestamp(6)", "timestamp", "timestamp(6) with time zone", "timestamptz", "timestamptz(3)",
            "timestamp(3) without time zone", "time(0)", "time", "time(6) with time zone", "timetz", "date",
            "bytea", "oid", "uuid", "json", "jsonb", "xml", "inet", "cidr", "macaddr", "money", "tsvector", "point",
            "numrange", "interval second(6)", "interval", "interval(3)", "interval day to second", "bit(3)", "bit",
            "varbit(5)", "bit varying", "bigint array", "varchar(16) array", "integer[]", "text[][]", "int4[3]",
            "timestamp(6) with time zone array", "VARCHAR(10)", "Double Precision");

    @PostgresTest
    void spellingsMatchFormatType(TestDatabase db) throws SQLException {
        String columns = IntStream.range(0, DDL_TYPES.size()).mapToObj(i -> "c" + i + " " + DDL_TYPES.get(i))
                .collect(Collectors.joining(", "));
        db.execute("CREATE TABLE spelled (" + columns + ")");

        Map<String, String> spelled = new LinkedHashMap<>();
        DDL_TYPES.forEach(type -> spelled.put(type, TypeSpelling.builtIn(type).orElse("(unknown)")));
        assertThat(spelled).isEqualTo(formatTypes(db));
    }

    private static Map<String, String> formatTypes(TestDatabase db) throws SQLException {
        List<String> printed = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path = ''");
            try (ResultSet rs = statement.executeQuery("SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                    + " WHERE attrelid = 'public.spelled'::regclass AND attnum > 0 ORDER BY attnum")) {
                while (rs.next()) {
                    printed.add(rs.getString(1));
                }
            }
        }
        Map<String, String> byType = new LinkedHashMap<>();
        for (int i = 0; i < DDL_TYPES.size(); i++) {
            byType.put(DDL_TYPES.get(i), printed.get(i));
        }
        return byType;
    }
}
