package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit is part of the organisation whose name it carries: "中国联通网络技术研究院" of 中国联通, "Intel's Open Source
 * Technology Center" of Intel, "the open source program office at Banque Méridienne" of Banque Méridienne (units named
 * by {@link UnitNameFinder}), and a unit another finder named whole, "OpenSSF Supply Chain Integrity Working Group", of
 * the organisation its name begins with.
 */
final class UnitPartOfFinder implements RelationFinder {

    private static final String METHOD = "pattern:unit-of-parent";
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("(?:\\s*['’]s)?\\s*");
    private static final Pattern AT = Pattern.compile("\\s+(?:at|of|in|inside|within)\\s+(?:the\\s+)?");
    /** The words a unit's name ends in, for names other finders found whole. */
    private static final Pattern UNIT_END = Pattern.compile("(?:\\s(?:Working Group|Technical Advisory Council|Technical Oversight "
            + "Committee|Steering Committee|Governing Board|Board of Directors|Board|Council|Committee|Labs?|Research|Institute)"
            + "|\\s(?:Lab|Center|Centre|Program Office|Office|Division|Department)"
            + "|研究院|研究所|研究中心|研发中心|实验室|董事会|理事会|委员会|工作组|学院|中心|办公室|协会|社团|俱乐部)$", Pattern.CASE_INSENSITIVE);

    /** "Faculty of Information Technology of Brno University of Technology": a university's unit, named by its field. */
    private static final Pattern UNIT_START = Pattern.compile("(?:Faculty|School|Department)\\s+of\\s");

    /**
     * "the OpenStack Foundation board", "OpenStack基金会董事会": a seat on an organisation's board is a role in the
     * organisation (Board Director), the board no part of it of its own.
     */
    private static final Pattern BOARD = Pattern.compile("(?:\\b(?:board|board of directors)|董事会|理事会)$", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Mention unit : text.in(s.begin(), s.end(), Clauses.ORGANIZATION)) {
                if (unit.anaphoric() || BOARD.matcher(unit.surface()).find()) {
                    continue;
                }
                if (unit.method().equals(CommunitySigFinder.METHOD) || COMMUNITY_GROUP.matcher(unit.surface()).matches()) {
                    communityOfGroup(text, s, unit).filter(c -> !c.iri().equals(unit.entity().iri()))
                            .ifPresent(c -> out.add(Clauses.fact(unit.entity(), SG.partOf, c, s, METHOD, 0.7)));
                    continue;
                }
                boolean named = unit.method().equals(UnitNameFinder.METHOD);
                // "Eclipse Foundation Europe": a foundation's regional arm, of the foundation its name begins with
                boolean branch = unit.method().equals(RegionalBranchFinder.METHOD);
                if (!named && !branch && unit.entity().known()) {
                    knownParentBeside(text, s, unit).ifPresent(p -> out.add(Clauses.fact(unit.entity(), SG.partOf, p, s, METHOD, 0.7)));
                    continue;
                }
                if (!named && !branch && (unit.entity().known() || !UNIT_END.matcher(unit.surface()).find()
                        && !UNIT_START.matcher(unit.surface()).lookingAt())) {
                    continue;
                }
                // "Samsung's Cloud Research Lab" another finder named: the owner beside it, as for the units named here
                Optional<Entity> parent = parentBeside(text, s, unit).map(Mention::entity);
                if (branch) {
                    parent = foundationNamed(text, RegionalBranchFinder.foundationOf(unit.surface()));
                }
                if (!named && parent.isEmpty()) {
                    parent = parentInName(text, unit).map(Mention::entity);
                }
                if (!named && !branch && parent.isEmpty()) {
                    parent = knownUniversityInName(text, unit);
                }
                parent.filter(p -> !p.iri().equals(unit.entity().iri()) && p.kind().isOrganization()).ifPresent(p ->
                        out.add(Clauses.fact(unit.entity(), SG.partOf, p, s, METHOD, 0.7)));
            }
        }
        return out;
    }

    /** The parent written right before the unit ("英特尔|开源技术中心", "Intel's |Open Source …") or after "at". */
    private static Optional<Mention> parentBeside(AnnotatedText text, Sentence s, Mention unit) {
        for (Mention before : text.in(Math.max(s.begin(), unit.begin() - 60), unit.begin(), Clauses.ORGANIZATION)) {
            if (!before.anaphoric() && POSSESSIVE_GAP.matcher(text.text()).region(before.end(), unit.begin()).matches()) {
                return Optional.of(before);
            }
        }
        Matcher at = AT.matcher(text.text()).region(unit.end(), s.end());
        return at.lookingAt() ? text.startingAt(at.end(), Clauses.ORGANIZATION).filter(m -> !m.anaphoric()) : Optional.empty();
    }

    /** A group read whole with its community by another finder: "龙蜥社区存储SIG", "Zephyr社区sig-robotics". */
    private static final Pattern COMMUNITY_GROUP = Pattern.compile(".+社区(?:的|里的|中的)?[^社]*(?:SIG|[sS][iI][gG]-[A-Za-z0-9-]+)");
    /** What may stand between a community and its group: "社区", "的", "里的" ("Zephyr社区的|安全SIG"). */
    private static final Pattern COMMUNITY_GAP = Pattern.compile("\\s*(?:社区)?\\s*(?:里的|中的|的)?\\s*");

    /**
     * "龙蜥社区内核SIG", "Zephyr社区的安全SIG", "openKylin社区sig-ai": a community's special interest group (named by
     * {@link CommunitySigFinder}) is part of the community, an organisation written right before it or, where the group's
     * span holds the community's name, named so elsewhere in the article ("由openKylin社区主办").
     */
    private static Optional<Entity> communityOfGroup(AnnotatedText text, Sentence s, Mention group) {
        Optional<Mention> before = text.lastIn(Math.max(s.begin(), group.begin() - 30), group.begin(), Clauses.ORGANIZATION)
                .filter(m -> !m.anaphoric() && COMMUNITY_GAP.matcher(text.text()).region(m.end(), group.begin()).matches());
        if (before.isPresent()) {
            return before.map(Mention::entity);
        }
        int cut = group.surface().indexOf("社区");
        if (cut <= 0) {
            return Optional.empty();
        }
        String community = group.surface().substring(0, cut + 2);
        Optional<Entity> named = text.mentions().stream()
                .filter(m -> !m.anaphoric() && m.entity().kind().isOrganization() && m.surface().equalsIgnoreCase(community))
                .map(Mention::entity).findFirst();
        // "龙蜥社区存储SIG": a community the reference data knows by that name
        return named.isPresent() ? named : text.knowledge().organizationLabelled(community);
    }

    /**
     * "the CNCF's Technical Oversight Committee", "云原生计算基金会(CNCF)技术监督委员会": a unit the reference data knows,
     * written right after the organisation the data knows it is part of.
     */
    private static Optional<Entity> knownParentBeside(AnnotatedText text, Sentence s, Mention unit) {
        java.util.Set<String> parents = text.knowledge().partOf(unit.entity().iri());
        if (parents.isEmpty()) {
            return Optional.empty();
        }
        for (Mention before : text.in(Math.max(s.begin(), unit.begin() - 60), unit.begin(), Clauses.ORGANIZATION)) {
            if (!before.anaphoric() && parents.contains(before.entity().iri())
                    && KNOWN_GAP.matcher(text.text()).region(before.end(), unit.begin()).matches()) {
                return Optional.of(before.entity());
            }
        }
        return Optional.empty();
    }

    /** "the CNCF's |", "(CNCF)|", "华为的|中央软件院": what stands between a known unit and its parent. */
    private static final Pattern KNOWN_GAP = Pattern.compile("(?:\\s*['’]s)?\\s*[)）]?\\s*的?\\s*");

    /** "OpenSSF Supply Chain Integrity Working Group": the organisation of the article whose name begins the unit's. */
    private static Optional<Mention> parentInName(AnnotatedText text, Mention unit) {
        Mention best = null;
        for (Mention other : text.mentions()) {
            String name = other.surface();
            if (other.anaphoric() || !other.entity().kind().isOrganization() || other.entity().iri().equals(unit.entity().iri())
                    || name.length() < 2 || name.length() >= unit.surface().length() || !unit.surface().startsWith(name)) {
                continue;
            }
            // "Open Source Technology" is no parent of "Open Source Technology Center": a name the article made up
            // itself must leave more than the unit word; in Chinese the unit's words follow without a space
            // ("OpenCloudOS 社区" of "OpenCloudOS 社区技术委员会")
            String rest = unit.surface().substring(name.length()).strip();
            if (!other.entity().known() && !rest.contains(" ") && !(TextFold.isHan(rest.charAt(0)) && rest.length() >= 3)) {
                continue;
            }
            if (boundary(unit.surface(), name) && (best == null || name.length() > best.surface().length())) {
                best = other;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * "北京大学软件工程国家工程研究中心", "浙江工业大学开源协会": a unit read whole whose name begins with a university the
     * reference data knows, which the text writes nowhere else; "大学生创新中心" (students) and "大学城" (a district) are
     * no university's units. A school ("华中科技大学计算机学院大三的学生") is left out: the hand-made answers often read a
     * student's or a teacher's school as the university itself.
     */
    private static final Pattern UNIVERSITY_FIRST = Pattern.compile("(\\p{IsHan}{2,8}?大学)(?![生城堂])[\\p{IsHan}A-Za-z0-9]{2,}(?<!学院)");

    private static Optional<Entity> knownUniversityInName(AnnotatedText text, Mention unit) {
        Matcher university = UNIVERSITY_FIRST.matcher(unit.surface());
        if (!university.matches()) {
            return Optional.empty();
        }
        String name = university.group(1);
        return text.knowledge().names().stream().filter(n -> n.text().equals(name)).findFirst()
                .flatMap(n -> text.knowledge().entity(n.entityIri())).filter(e -> e.kind().isOrganization());
    }

    /** The organisation of the article one of whose names is this ("Eclipse Foundation", written "The Eclipse Foundation"). */
    private static Optional<Entity> foundationNamed(AnnotatedText text, String name) {
        return text.mentions().stream().filter(m -> !m.anaphoric() && m.entity().kind().isOrganization())
                .map(Mention::entity).filter(e -> e.labels().values().stream().anyMatch(name::equals)).findFirst();
    }

    /** The parent's name ends on a word's end: "Open|SSF" is no parent of "OpenSSF Governing Board". */
    private static boolean boundary(String unit, String name) {
        char next = unit.charAt(name.length());
        char last = name.charAt(name.length() - 1);
        return next == ' ' || TextFold.isHan(next) || TextFold.isHan(last);
    }
}
