package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.summitgraph.extraction.AttendanceConstructionsTest.attends;
import static org.summitgraph.extraction.AttendanceConstructionsTest.en;
import static org.summitgraph.extraction.AttendanceConstructionsTest.zh;

/**
 * Organisations at the event as its sponsors or exhibitors, told by the verb ("A, B and C sponsored the event",
 * "is exhibiting at booth 312", "星澜科技展出了…"); made-up sentences about AttendanceConstructionsTest's made-up event, each beside a near miss.
 */
class ExhibitorsAndSponsorsTest {

    @Test
    void organisationsThatSponsoredTheEventAttendIt() {
        Set<String> listed = en("Kelpwise Analytics, Lanternfish Robotics and Harborlight Systems sponsored the event.");
        Set<String> one = en("Brightwater Labs co-sponsored this year's conference with a foundation grant.");

        assertTrue(attends(listed, "Kelpwise Analytics"), listed.toString());
        assertTrue(attends(listed, "Lanternfish Robotics"), listed.toString());
        assertTrue(attends(listed, "Harborlight Systems"), listed.toString());
        assertTrue(attends(one, "Brightwater Labs"), one.toString());
    }

    @Test
    void aSponsorOfAnEarlierYearDoesNotAttend() {
        Set<String> earlier = en("Kelpwise Analytics sponsored the event last year but stayed away this time.");

        assertFalse(attends(earlier, "Kelpwise Analytics"), earlier.toString());
    }

    @Test
    void anExhibitorAtABoothOrOnTheShowFloorAttends() {
        Set<String> booth = en("Lanternfish Robotics is exhibiting at booth 214 throughout the week.");
        Set<String> floor = en("Harborlight Systems will be exhibiting on the show floor next to the coffee bar.");

        assertTrue(attends(booth, "Lanternfish Robotics"), booth.toString());
        assertTrue(attends(floor, "Harborlight Systems"), floor.toString());
    }

    @Test
    void anExhibitionThatIsNoStandIsNoAttendance() {
        Set<String> art = en("Quarrystone Data exhibits strong growth in its third quarter.");

        assertFalse(attends(art, "Quarrystone Data"), art.toString());
    }

    @Test
    void aChineseCompanyShowingItsWorkAttends() {
        Set<String> shown = zh("星澜科技展出了自研的边缘网关，现场排起了队。");
        Set<String> also = zh("云栖数据则在现场展出了三款开发板。");

        assertTrue(attends(shown, "星澜科技"), shown.toString());
        assertTrue(attends(also, "云栖数据"), also.toString());
    }

    @Test
    void aShowingSupposedOrDeniedIsNoAttendance() {
        Set<String> supposed = zh("如果星澜科技展出了新品，我们会去看看。");

        assertFalse(attends(supposed, "星澜科技"), supposed.toString());
    }
}
