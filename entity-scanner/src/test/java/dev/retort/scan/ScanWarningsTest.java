package dev.retort.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the model cannot represent faithfully is reported, naming the object and the reason. */
class ScanWarningsTest {

    @Test
    void reportsUnknownTypesUnsupportedClausesAndSequenceOptions() {
        ScanResult result = scan("unrepresentable", List.of("public"));

        assertThat(result.warnings()).containsExactly(
                new ScanWarning("sequence public.place_ids", "sequence options 'cache 20' are not represented"),
                new ScanWarning("column public.place.location", "type 'geometry(Point, 4326)' is not a built-in"
                        + " type Retort can spell as PostgreSQL does; it is kept as written"),
                new ScanWarning("column public.place.regionid", "columnDefinition clause 'references region(id)'"
                        + " is not represented in the schema model"));
        assertThat(result.model().table(dev.retort.model.QualifiedName.of("public", "place")).orElseThrow()
                .column("location").orElseThrow().type()).isEqualTo("geometry(Point, 4326)");
    }

    @Test
    void reportsTheImplicitCastsHibernateCreatesForNamedEnums() {
        assertThat(scan("enums", List.of("public")).warnings()).containsExactly(
                new ScanWarning("type Mood", CASTS),
                new ScanWarning("type Priority", CASTS));
    }

    @Test
    void leavesOutObjectsOutsideTheManagedSchemas() {
        ScanResult result = scan("tables", List.of("public", "sales"));

        assertThat(result.model().tables()).extracting(t -> t.name().toString())
                .containsExactly("public.regions", "public.stores", "sales.customers", "sales.store_targets");
        assertThat(result.warnings()).containsExactly(new ScanWarning("table crm.customer_notes",
                "schema crm is not one of the managed schemas [public, sales]; the object is left out"));
    }

    private static final String CASTS = "Hibernate's own export also creates implicit casts between varchar and"
            + " this enum type; Retort does not manage casts";

    private static ScanResult scan(String model, List<String> schemas) {
        return EntityScanner.create(FixtureClasses.options(model, NamingPreset.hibernate(), 17, schemas)).scan();
    }
}
