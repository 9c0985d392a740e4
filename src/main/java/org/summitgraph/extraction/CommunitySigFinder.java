package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The special interest groups of an open source community, written in Chinese after the community's name:
 * "openEuler社区的数据库SIG", "OpenHarmony社区安全SIG", "社区里的工业互联SIG", "openKylin社区sig-ai". The group is named
 * with its community ("openEuler数据库SIG", "openKylin sig-ai") so that two communities' "数据库SIG" stay apart; a group
 * whose community is only "社区" keeps its own name. A SIG must be tied to a community (社区 or a known name before it):
 * "年度优秀SIG奖" is an award, "这个SIG", "现有SIG" and "多个SIG" point at or count groups and name none.
 */
final class CommunitySigFinder implements MentionFinder {

    static final String METHOD = "pattern:community-sig";

    /** "数据库SIG", "sig-ai", "SIG-Kernel": the group, with its words (Chinese before "SIG", Latin after "sig-"). */
    private static final Pattern SIG = Pattern.compile("(?<han>\\p{IsHan}{1,8})SIG(?![A-Za-z0-9-])"
            + "|(?<![A-Za-z0-9/._-])(?<latin>(?:sig|SIG)-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)(?![A-Za-z0-9/._-])");
    /** Where a group's Chinese words begin: after a particle or a conjunction ("社区的数据库SIG", "和安全SIG"). */
    private static final Pattern STEM_START = Pattern.compile(".*[的和与及、是在由从对给跟同向将为被让把了入到]");
    /** Words that point at, count or praise groups rather than name one: "这个SIG", "现有SIG", "多个SIG", "优秀SIG". */
    private static final Pattern NOT_A_NAME = Pattern.compile("^(?:这|那|该|其|各|每|某|几|多个|全部|所有|现有|一些|新|优秀|相关|其他|其它|不少|很多|"
            + "众多|若干|两个|三个|首个|第一个|本|此|我们|他们)|[个些]$");
    /** "社区", "社区的", "社区里的", "社区中的" right before the group's words, and the community's Latin name before that. */
    private static final Pattern COMMUNITY_BEFORE = Pattern.compile("(?:(?<![A-Za-z0-9.+-])(?<name>[A-Za-z][A-Za-z0-9.+-]*)[ ]?)?"
            + "(?<community>社区)?(?:里的|中的|的)?[ ]?$");
    private static final Pattern AWARD_AFTER = Pattern.compile("\\p{IsHan}{0,4}(?:奖|之星)");

    private final OrganizationPatternFinder.KnownNames known;

    CommunitySigFinder(ReferenceKnowledge knowledge) {
        this.known = knowledge == null ? null : new OrganizationPatternFinder.KnownNames(knowledge);
    }

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> out = new ArrayList<>();
        String s = text.text();
        if (!text.article().isChinese() || !s.contains("SIG") && !s.contains("sig-")) {
            return out;
        }
        Matcher m = SIG.matcher(s);
        while (m.find()) {
            if (AWARD_AFTER.matcher(s).region(m.end(), s.length()).lookingAt()) {
                continue;
            }
            int begin;
            String words;
            if (m.group("han") != null) {
                String han = m.group("han");
                Matcher cut = STEM_START.matcher(han);
                int from = cut.lookingAt() ? cut.end() : 0;
                // "OpenHarmony社区安全SIG": 社区 written before the group's words belongs to the community
                if (han.startsWith("社区", from) && han.length() - from > 2) {
                    from += 2;
                }
                words = han.substring(from);
                begin = m.start("han") + from;
                if (words.length() < 2 || NOT_A_NAME.matcher(words).find()) {
                    continue;
                }
            } else {
                words = m.group("latin");
                begin = m.start("latin");
            }
            Matcher before = COMMUNITY_BEFORE.matcher(s).region(Math.max(0, begin - 40), begin);
            if (!before.find()) {
                continue;
            }
            String community = before.group("name");
            boolean saidCommunity = before.group("community") != null;
            if (community != null && !saidCommunity && (known == null || !known.startsWithName(s, before.start("name")))) {
                community = null; // "Linux数据库SIG": a Latin word is a community only when 社区 follows it or it is known
            }
            if (community == null && !saidCommunity) {
                continue;
            }
            String name = community == null ? words : community + (m.group("latin") != null ? " " : "") + words
                    + (m.group("han") != null ? "SIG" : "");
            String own = m.group("han") != null ? words + "SIG" : words;
            if (community == null) {
                name = own;
            }
            // "openEuler社区sig-ai", "OpenHarmony社区安全SIG" written in one piece are the group's full name: the span takes
            // them whole, else "openEuler社区" (the project) or "社区安全SIG" would be read in its place
            int spanBegin = begin;
            if (saidCommunity && before.end("community") == begin) {
                spanBegin = community != null && before.end("name") == before.start("community") ? before.start("name")
                        : before.start("community");
            }
            out.add(new Mention(spanBegin, m.end(), s.substring(spanBegin, m.end()), NewEntities.of(EntityKind.ORGANIZATION, name),
                    METHOD, 0.7));
        }
        return out;
    }
}
