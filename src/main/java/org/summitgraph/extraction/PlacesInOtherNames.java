package org.summitgraph.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A city's name also names other things, and there it is no place: a release ("the ONAP Beijing release", "the Dublin
 * release", "Beijing版本"), an institution whose name it opens ("the New York Stock Exchange", "Lisbon University") and a
 * company's registered name ("上海云枢信息技术有限公司", where the city is only where the company is registered). The
 * candidates keep every other place.
 */
final class PlacesInOtherNames {

    /** The word after a release's name: "release" (not the verb "releases"), "版本". */
    private static final Pattern RELEASE_AFTER = Pattern.compile("[ \\t]+release\\b(?!s)|[ \\t]*版本", Pattern.CASE_INSENSITIVE);
    /** Capitalised words up to an institution's head word: "New York| Stock Exchange", "Lisbon| Technical University". */
    private static final Pattern INSTITUTION_AFTER = Pattern.compile("(?:[ \\t]+\\p{Lu}[\\p{L}&-]*){0,2}?[ \\t]+(?:Stock[ \\t]+Exchange|"
            + "Exchange|University|Polytechnic|Airport|Airlines|Stock[ \\t]+Market)\\b");
    /** A registered name's middle, of name characters only, and its legal form: "北京|创新乐知网络技术有限公司". */
    private static final Pattern REGISTERED_AFTER = Pattern.compile("(?:市|省)?(?:(?![的了在是和与及由为从向把被给将或一这那])\\p{IsHan}){2,12}?"
            + "(?:股份)?有限(?:责任)?公司");

    private PlacesInOtherNames() {
    }

    /** The candidates without the places that stand in another thing's name. */
    static List<Mention> without(String text, List<Mention> candidates) {
        return candidates.stream().filter(c -> c.entity().kind() != EntityKind.PLACE || !namesOtherThing(text, c)).toList();
    }

    private static boolean namesOtherThing(String text, Mention place) {
        int end = place.end();
        return RELEASE_AFTER.matcher(text).region(end, text.length()).lookingAt()
                || INSTITUTION_AFTER.matcher(text).region(end, text.length()).lookingAt()
                || REGISTERED_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }
}
