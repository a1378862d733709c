package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.sql.SqlToken.Kind;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** SQL text is split into tokens as PostgreSQL's lexer splits it, and the tokens give the text back. */
class SqlLexerTest {

    @Test
    void quotedIdentifiersTakeDoubledQuotesAndUnquoteToTheName() {
        assertThat(lex("\"Odd \"\"Name\"\"\".x")).containsExactly(
                "QUOTED_IDENTIFIER \"Odd \"\"Name\"\"\"", "PUNCTUATION .", "IDENTIFIER x");
        assertThat(SqlLexer.tokenize("\"Odd \"\"Name\"\"\"").get(0).identifier()).isEqualTo("Odd \"Name\"");
        assertThat(SqlLexer.tokenize("Mixed_Case$1").get(0).identifier()).isEqualTo("Mixed_Case$1");
    }

    @Test
    void stringLiteralsTakeDoubledQuotesAndKeepBackslashes() {
        assertThat(lex("'it''s'||'a\\'")).containsExactly("STRING 'it''s'", "OPERATOR ||", "STRING 'a\\'");
    }

    @Test
    void escapeStringsTakeBackslashEscapes() {
        assertThat(lex("E'it\\'s' e'\\\\' N'x'")).containsExactly("STRING E'it\\'s'", "WHITESPACE  ",
                "STRING e'\\\\'", "WHITESPACE  ", "STRING N'x'");
        assertThat(lex("type'x'")).containsExactly("IDENTIFIER type", "STRING 'x'");
    }

    @Test
    void dollarQuotedStringsRunToTheSameTag() {
        assertThat(lex("$$it's$$||$fn$ a $$ b $fn$")).containsExactly("STRING $$it's$$", "OPERATOR ||",
                "STRING $fn$ a $$ b $fn$");
        assertThat(lex("$1 + $ a$b$")).containsExactly("PARAMETER $1", "WHITESPACE  ", "OPERATOR +",
                "WHITESPACE  ", "PUNCTUATION $", "WHITESPACE  ", "IDENTIFIER a$b$");
    }

    @Test
    void blockCommentsNest() {
        assertThat(lex("a/* x /* y */ z */b")).containsExactly("IDENTIFIER a", "COMMENT /* x /* y */ z */",
                "IDENTIFIER b");
    }

    @Test
    void lineCommentsEndBeforeTheLineBreak() {
        assertThat(lex("a -- not null\nb")).containsExactly("IDENTIFIER a", "WHITESPACE  ", "COMMENT -- not null",
                "WHITESPACE \n", "IDENTIFIER b");
        assertThat(lex("a*--c")).containsExactly("IDENTIFIER a", "OPERATOR *", "COMMENT --c");
    }

    @Test
    void castsAreOneOperator() {
        assertThat(lex("(x)::character varying(20)")).containsExactly("PUNCTUATION (", "IDENTIFIER x",
                "PUNCTUATION )", "OPERATOR ::", "IDENTIFIER character", "WHITESPACE  ", "IDENTIFIER varying",
                "PUNCTUATION (", "NUMBER 20", "PUNCTUATION )");
        assertThat(lex("a[1:2]")).containsExactly("IDENTIFIER a", "PUNCTUATION [", "NUMBER 1", "PUNCTUATION :",
                "NUMBER 2", "PUNCTUATION ]");
    }

    @Test
    void numbersTakeFractionsExponentsAndDigitGroups() {
        assertThat(lex("42 1.5 .5 1.5e-3 2E+10 3e 1_000.25 0x1F 1..2")).containsExactly("NUMBER 42",
                "WHITESPACE  ", "NUMBER 1.5", "WHITESPACE  ", "NUMBER .5", "WHITESPACE  ", "NUMBER 1.5e-3",
                "WHITESPACE  ", "NUMBER 2E+10", "WHITESPACE  ", "NUMBER 3e", "WHITESPACE  ", "NUMBER 1_000.25",
                "WHITESPACE  ", "NUMBER 0x1F", "WHITESPACE  ", "NUMBER 1", "OPERATOR ..",
                "NUMBER 2");
        assertThat(lex("1.5e-x")).containsExactly("NUMBER 1.5e", "OPERATOR -", "IDENTIFIER x");
    }

    @Test
    void operatorsEndBeforeATrailingSignUnlessTheyHoldASpecialCharacter() {
        assertThat(lex("a<>b")).containsExactly("IDENTIFIER a", "OPERATOR <>", "IDENTIFIER b");
        assertThat(lex("a>=-1")).containsExactly("IDENTIFIER a", "OPERATOR >=", "OPERATOR -", "NUMBER 1");
        assertThat(lex("a@-1")).containsExactly("IDENTIFIER a", "OPERATOR @-", "NUMBER 1");
        assertThat(lex("a!=b||c")).containsExactly("IDENTIFIER a", "OPERATOR !=", "IDENTIFIER b", "OPERATOR ||",
                "IDENTIFIER c");
    }

    @Test
    void unterminatedQuotesAndCommentsRunToTheEnd() {
        assertThat(lex("a 'b")).containsExactly("IDENTIFIER a", "WHITESPACE  ", "STRING 'b");
        assertThat(lex("\"b\"\"")).containsExactly("QUOTED_IDENTIFIER \"b\"\"");
        assertThat(SqlLexer.tokenize("\"b\"\"").get(0).identifier()).isEqualTo("b\"");
        assertThat(lex("$x$ y")).containsExactly("STRING $x$ y");
        assertThat(lex("/* /* */")).containsExactly("COMMENT /* /* */");
    }

    @Test
    void tokensKnowWhereTheyStandAndSignificantOnesSkipTrivia() {
        List<SqlToken> tokens = SqlLexer.significant("lower( \"a\" ) /* c */");
        assertThat(tokens).containsExactly(new SqlToken(Kind.IDENTIFIER, "lower", 0),
                new SqlToken(Kind.PUNCTUATION, "(", 5), new SqlToken(Kind.QUOTED_IDENTIFIER, "\"a\"", 7),
                new SqlToken(Kind.PUNCTUATION, ")", 11));
        assertThat(tokens.get(2).end()).isEqualTo(10);
    }

    @Test
    void tokensGiveTheTextBackExactly() {
        String[] pieces = {"a", "Z9", "_", "$", "$$", "$t$", "'", "''", "\"", "E'", "\\", "--", "/*", "*/", "\n",
            " ", "::", ":", ".", "1", "1.5e-3", "e", "+", "-", "<", ">", "=", "|", "(", ")", "[", "]", ",", "é", "\t"};
        Random random = new Random(20240607);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sql = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                sql.append(pieces[random.nextInt(pieces.length)]);
            }
            assertGivesBack(sql.toString());
        }
        assertGivesBack("nextval('public.\"Odd Seq\"'::regclass) /* a /* b */ */ -- c\n$f$ x $f$ E'\\''");
    }

    private static void assertGivesBack(String sql) {
        List<SqlToken> tokens = SqlLexer.tokenize(sql);
        int offset = 0;
        for (SqlToken token : tokens) {
            assertThat(token.start()).as("start of %s in %s", token, sql).isEqualTo(offset);
            assertThat(token.text()).as("a token of %s", sql).isNotEmpty();
            offset = token.end();
        }
        assertThat(tokens.stream().map(SqlToken::text).collect(Collectors.joining())).isEqualTo(sql);
    }

    private static List<String> lex(String sql) {
        return SqlLexer.tokenize(sql).stream().map(token -> token.kind() + " " + token.text()).toList();
    }
}
