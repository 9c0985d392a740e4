package org.summitgraph.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "两个由华为云发起的CNCF项目", "由蚂蚁发起的Apache顶级项目": an organisation's name written before 项目 says whose project
 * it is, not what was founded or led; what was is the project named right after ("CNCF沙箱项目Karmada") or one named
 * earlier in the sentence.
 */
final class ProjectOfFoundation {

    private static final Pattern PROJECT_NOUN = Pattern.compile("\\s*(?:的\\s*)?(?:沙箱|孵化|毕业|顶级|开源|托管|官方)?\\s*项目\\s*");

    private ProjectOfFoundation() {
    }

    /** Whether the mention is an organisation whose projects the words after it speak of. */
    static boolean owns(String text, Mention m, int sentenceEnd) {
        return nounAfter(text, m, sentenceEnd) >= 0;
    }

    /** Where the words "…项目" after the mention end when it is such an organisation, or -1. */
    static int nounAfter(String text, Mention m, int sentenceEnd) {
        if (m.entity().kind() != EntityKind.ORGANIZATION) {
            return -1;
        }
        Matcher noun = PROJECT_NOUN.matcher(text).region(m.end(), sentenceEnd);
        return noun.lookingAt() ? noun.end() : -1;
    }
}
