package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Korean names written given name first ("Seojin Kang", "Taehyun Lim"), and the names a comma list joins to a pair of
 * people ("maintainers Wei Zhang, Ana Souza and Peter Novak"), in made-up sentences: both are people whatever list of
 * given names the finder knows; places, things and names of firms of the same shape are not.
 */
class KoreanGivenFirstNamesTest {

    private static List<String> people(String text) {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 10, 2)));
        return e.mentions().stream().filter(Clauses.PERSON).map(Mention::surface).toList();
    }

    @Test
    void aKoreanGivenNameOfTwoSyllablesBeforeAFamilyNameIsAPerson() {
        List<String> found = people("Seojin Kang opened the meetup. Later, Taehyun Lim walked through the new CI pipeline.");

        assertTrue(found.contains("Seojin Kang"), found::toString);
        assertTrue(found.contains("Taehyun Lim"), found::toString);
    }

    @Test
    void theGivenNameAloneAfterTheFullNameIsTheSamePerson() {
        String text = "Yejin Choi gave the keynote. Yejin, a platform engineer at Coupang, talked about cost.";
        Extraction e = Samples.EXTRACTOR.extract(Samples.article(text, "en", LocalDate.of(2024, 10, 2)));

        assertTrue(Samples.facts(e).contains("Yejin Choi worksFor Coupang"), Samples.facts(e)::toString);
    }

    @Test
    void placesAndWordsOfTheSameShapeAreNoPeople() {
        List<String> found = people("We walked through Olympic Park and Sunset Park, then had dinner near the river. "
                + "The Seoul Park Hotel was full, and Samsung Song Studio was closed.");

        assertFalse(found.stream().anyMatch(p -> p.contains("Park") || p.contains("Moon") || p.contains("Song")), found::toString);
    }

    @Test
    void namesListedByCommasBeforeAPairOfPeopleArePeople() {
        List<String> found = people("The project was started by maintainers Hong Liang, Ana Souza and Peter Novak in 2019.");

        assertTrue(found.contains("Hong Liang"), found::toString);
    }

    @Test
    void aListThatRunsOnFromANameOfAThingAddsNoPeople() {
        List<String> found = people("Thanks go to the sponsors Nordic Data, Ana Souza and Peter Novak for the coffee.");

        assertFalse(found.contains("Nordic Data"), found::toString);
    }

    @Test
    void theSpellingOfAChineseScriptNameInBracketsIsNoSecondPerson() {
        Extraction e = Samples.EXTRACTOR.extract(Samples.article("SK电讯的朴敏浩(Minho Park)介绍了TACO。", "zh", LocalDate.of(2024, 10, 2)));

        assertFalse(e.mentions().stream().filter(Clauses.PERSON)
                .anyMatch(m -> m.surface().equals("Minho Park") && !m.entity().labels().containsValue("朴敏浩")), e.mentions()::toString);
    }
}
