package dev.retort.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.QualifiedName;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Class names from times and messages, and constant names from object names. */
class MigrationNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Add phone to users|AddPhoneToUsers",
            "add-phone_to users!|AddPhoneToUsers",
            "  rename URL column  |RenameURLColumn",
            "Crème brûlée: 2 kinds|CremeBrulee2Kinds",
            "日本語|Revision",
            "v2 orders|V2Orders"})
    void slugIsTheMessageInUpperCamelCase(String message, String slug) {
        assertThat(MigrationNames.slug(message)).isEqualTo(slug);
    }

    @Test
    void slugKeepsWholeWordsUpToSixtyCharacters() {
        String slug = MigrationNames.slug(
                "one two three four five six seven eight nine ten eleven twelve thirteen fourteen");

        assertThat(slug).isEqualTo("OneTwoThreeFourFiveSixSevenEightNineTenElevenTwelveThirteen");
        assertThat(slug).hasSize(59);
    }

    @Test
    void classNameStartsWithTheSortableUtcTime() {
        assertThat(MigrationNames.className(Instant.parse("2026-01-02T03:04:05Z"), "Init"))
                .isEqualTo("V20260102_030405__Init");
    }

    @Test
    void constantsAreUpperSnakeCaseAndCollisionsGetTheSchemaThenACounter() {
        NameConstants constants = new NameConstants();
        List<String> names = List.of(
                constants.constantFor(QualifiedName.of("public", "userAccounts")),
                constants.constantFor(QualifiedName.of("billing", "user_accounts")),
                constants.constantFor(QualifiedName.of("public", "user accounts")),
                constants.constantFor(QualifiedName.of("public", "2fa")),
                constants.constantFor(QualifiedName.of("public", "ü")),
                constants.constantFor(QualifiedName.of("public", "userAccounts")));

        assertThat(names).containsExactly("USER_ACCOUNTS", "BILLING_USER_ACCOUNTS", "PUBLIC_USER_ACCOUNTS", "_2FA",
                "OBJECT", "USER_ACCOUNTS");
        assertThat(constants.all()).hasSize(5);
    }

    @Test
    void aCounterSeparatesNamesThatStillCollide() {
        NameConstants constants = new NameConstants();
        constants.constantFor(QualifiedName.of("a", "x"));
        constants.constantFor(QualifiedName.of("b", "a_x"));

        assertThat(constants.constantFor(QualifiedName.of("a", "X"))).isEqualTo("A_X_2");
    }
}
