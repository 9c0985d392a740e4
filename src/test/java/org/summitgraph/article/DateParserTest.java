package org.summitgraph.article;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateParserTest {

    private static final Optional<LocalDate> MARCH_28 = Optional.of(LocalDate.of(2018, 3, 28));

    @ParameterizedTest
    @ValueSource(strings = {"2018-03-28", "2018/3/28", "2018.03.28", "2018年3月28日", "2018 年 3 月 28 日",
            "  2018-03-28  ", "2018-03-28T10:00:00Z", "2018-03-28 10:00", "2018年3月28日 10:00"})
    void readsNumericDates(String value) {
        assertEquals(MARCH_28, DateParser.parse(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"March 28, 2018", "Mar 28, 2018", "28 March 2018", "28 Mar 2018", "march 28, 2018",
            "March 28th, 2018", "28th  March 2018"})
    void readsEnglishDates(String value) {
        assertEquals(MARCH_28, DateParser.parse(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-02-30", "2018-13-01", "February 30, 2018", "31 April 2018"})
    void refusesDaysThatDoNotExist(String value) {
        assertEquals(Optional.empty(), DateParser.parse(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tomorrow", "", "OpenStack峰会自11月6-8日在悉尼召开", "Posted on 2018-03-28", "2018",
            "March 2018"})
    void findsNoDateInTextThatIsNotOne(String value) {
        assertEquals(Optional.empty(), DateParser.parse(value));
    }
}
