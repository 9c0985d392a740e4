package org.summitgraph.search;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LuceneQueryTest {

    private static Query parsed(String text) throws ParseException {
        return new QueryParser(NameIndex.NAME_FIELD, NameIndex.config().getQueryAnalyzer()).parse(LuceneQuery.of(text));
    }

    @Test
    void aNameIsLookedForByItsBeginningAndByAllItsWords() {
        assertEquals("prefix:\"mark collier\" name:(+\"mark\" +\"collier\")", LuceneQuery.of("Mark  Collier"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\"(b", "\"", "*", "name:x", "(", "AND", "a AND b", "OR NOT", "\\", "x\\\"y", "[1 TO 2]",
            "{a}", "a~2", "b^3", "+c -d", "e!", "/regex/", "?", "&&", "||", "：（）"})
    void syntaxCharactersAreTextNotLuceneSyntax(String text) throws ParseException {
        Query query = parsed(text);
        String shown = query.toString();
        assertFalse(shown.contains("*") && !text.contains("*"), shown);
        assertTrue(shown.startsWith("prefix:") || shown.startsWith("+name") || shown.startsWith("name"), shown);
    }

    @Test
    void booleanOperatorWordsAreSearchedAsWords() throws ParseException {
        assertEquals("prefix:a and b (+name:a +name:and +name:b)", parsed("a AND b").toString());
    }

    @Test
    void quotesAndBackslashesAreEscapedInsideTheQuotedText() {
        assertEquals("\"a\\\"(b\"", LuceneQuery.quoted("a\"(b"));
        assertEquals("\"c:\\\\\"", LuceneQuery.quoted("c:\\"));
    }

    @Test
    void blankTextIsNoQuery() {
        assertThrows(IllegalArgumentException.class, () -> LuceneQuery.of(" \u3000 "));
    }
}
