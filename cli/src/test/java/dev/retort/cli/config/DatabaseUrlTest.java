package dev.retort.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.cli.failure.CliFailure;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    private static DatabaseUrl parse(String text) {
        return DatabaseUrl.parse(new ConfigValue(text, "--url", Path.of("/")));
    }

    @Test
    void aJdbcUrlIsTakenApart() {
        DatabaseUrl url = parse("jdbc:postgresql://localhost:5432/app?sslmode=disable&user=app&password=secret");
        assertThat(url).isEqualTo(new DatabaseUrl(List.of("localhost:5432"), "app", Optional.empty(),
                Optional.of("app"), Optional.of("secret"), List.of("sslmode=disable")));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/app?sslmode=disable");
        assertThat(url.display()).isEqualTo("postgresql://localhost:5432/app?user=app&sslmode=disable");
        assertThat(url.database()).contains("app");
    }

    @Test
    void aLibpqUriGivesItsUserAndPasswordButShowsNoPassword() {
        DatabaseUrl url = parse("postgresql://alice:pa%3Ass@db1:5432,db2:5433/shop");
        assertThat(url.user()).contains("alice");
        assertThat(url.password()).contains("pa:ss");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db1:5432,db2:5433/shop");
        assertThat(url.display()).isEqualTo("postgresql://alice@db1:5432,db2:5433/shop");
    }

    @Test
    void aUrlWithoutPortOrDatabaseIsAccepted() {
        DatabaseUrl url = parse("postgres://localhost");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/");
        assertThat(url.database()).isEmpty();
        assertThat(parse("jdbc:postgresql://[::1]:5432/app").jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5432/app");
    }

    @Test
    void anotherDatabaseKindIsRejectedWithoutShowingItsPassword() {
        assertThatThrownBy(() -> parse("jdbc:mysql://root:hunter2@localhost/app"))
                .isInstanceOfSatisfying(CliFailure.class, f -> assertThat(f.exitCode()).isEqualTo(2))
                .hasMessage("url (from --url) 'jdbc:mysql://root@localhost/app' is not a PostgreSQL URL; "
                        + "write jdbc:postgresql://HOST[:PORT]/DATABASE");
    }

    @Test
    void aBadPortIsRejected() {
        assertThatThrownBy(() -> parse("jdbc:postgresql://localhost:54x2/app?password=hunter2"))
                .hasMessage("url (from --url) 'jdbc:postgresql://localhost:54x2/app' has an invalid port '54x2'; "
                        + "write jdbc:postgresql://HOST[:PORT]/DATABASE");
        assertThatThrownBy(() -> parse("jdbc:postgresql://localhost:70000/app"))
                .hasMessage("url (from --url) 'jdbc:postgresql://localhost:70000/app' has an invalid port '70000'; "
                        + "write jdbc:postgresql://HOST[:PORT]/DATABASE");
    }

    @Test
    void aUrlWithoutHostIsRejected() {
        assertThatThrownBy(() -> parse("jdbc:postgresql:app"))
                .hasMessage("url (from --url) 'jdbc:postgresql:app' names no host; "
                        + "write jdbc:postgresql://HOST[:PORT]/DATABASE");
        assertThatThrownBy(() -> parse("postgresql://:5432/app"))
                .hasMessage("url (from --url) 'postgresql://:5432/app' names no host; "
                        + "write jdbc:postgresql://HOST[:PORT]/DATABASE");
    }

    @Test
    void redactRemovesPasswordsFromUserInfoAndParameters() {
        assertThat(DatabaseUrl.redact("postgresql://u:p@h/db")).isEqualTo("postgresql://u@h/db");
        assertThat(DatabaseUrl.redact("jdbc:postgresql://h/db?password=p&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?ssl=true");
        assertThat(DatabaseUrl.redact("jdbc:postgresql://h/db?ssl=true&password=p"))
                .isEqualTo("jdbc:postgresql://h/db?ssl=true");
    }
}
