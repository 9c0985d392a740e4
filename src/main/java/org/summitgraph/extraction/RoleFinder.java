package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles and roles: "基金会COO Mark Collier" (organisation, title, name), "Jay Pipes (Nova的PTL)" (a name and
 * its title in brackets), "Qinling项目的PTL" (whose holder is the sentence's subject, or the paragraph's
 * topic), "Lew Tucker, CTO of Cisco". A title held as an employee also says where the person works; a
 * founder's title says who founded the organisation.
 */
final class RoleFinder implements RelationFinder {

    private static final int ORG_GAP = 8;
    /**
     * Titles whose holder heads the group they are held in, where the group is one of people ("组长", "Lead", "a SIG Node
     * chair", "主席" of a working group); the chair of a committee or a board presides over it without leading it.
     */
    private static final java.util.Set<String> LEADS_A_GROUP = java.util.Set.of("Leader", "Lead", "Co-lead", "Organizer", "President",
            "Chair", "Co-chair", "Co-Chair");
    /** Organisations that are employers by their name, though not companies: a foundation, a cloud provider ("阿里云"). */
    private static final Pattern EMPLOYER_NAME = Pattern.compile("基金会$|(?<!社区)云$|(?i:\\bfoundation$|\\bcloud$)");
    private static final int APPOSITION_GAP = 20;
    private static final Pattern LIST_JOINER = Pattern.compile("\\s*(?:和|与|及|以及|、|,|，|and|&)\\s*");
    private static final Pattern AFTER_TITLE = Pattern.compile("\\s*(?:之一)?\\s*的?\\s*");
    /** "Qinling项目的PTL", "基金会的董事": the title of the subject, who need not be named in the clause. */
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("\\s*(?:项目|社区|团队|基金会|公司|工作组)?\\s*的\\s*");
    private static final Pattern APPOSITION = Pattern.compile("、\\s*(?:也是|又是|同时是|亦是)[^，,。；;]{1,20}?(?:之一)?的\\s*");
    /** "华为两个Core" counts people, it names no role. */
    private static final Pattern COUNTED = Pattern.compile("[0-9一二两三四五六七八九十几多数]\\s*[个名位]\\s*$");
    /** "Dr. Sun Mei", "Prof Anna Berg": a form of address before a name, no part of it. */
    private static final String HONORIFIC = "(?:Dr|Prof|Professor|Mr|Ms|Mrs)\\.?\\s+";
    /** "首席运营官（COO）Mark Collier", "The Nova PTL, Melanie Witt", "Yunfan's CTO, Dr. Sun Mei". */
    private static final Pattern TITLE_TO_NAME = Pattern.compile("\\s*(?:(?:[(（][^)）]{1,12}[)）]|,)\\s*)?(?:" + HONORIFIC + ")?");
    private static final Pattern DEPARTMENT_THEN_AT = Pattern.compile("(?:[\\p{IsLatin}][\\p{IsLatin}&-]*\\s+){1,5}(?:at|of)\\s+(?:the\\s+)?");
    /** "the foundation's director": the organisation the text named last. */
    private static final Pattern ANAPHOR = Pattern.compile("\\b(?:the|its|their)\\s+(foundation|company|firm|organi[sz]ation|project|team|community)(?:'s|’s)?\\b",
            Pattern.CASE_INSENSITIVE);
    /** Between a person and a title: "is a", "is now a", "remains a", ", who works as a", ", meanwhile, is now a". */
    private static final Pattern VERB_BEFORE_TITLE = Pattern.compile(
            "(?:\\s+(?:from|in)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?(?=\\s*,))?"
                    + "(?:\\s*,\\s*(?:meanwhile|too|also|now|however|today|currently)\\s*,|\\s*,\\s*who\\s+[^,;.]{1,80}?(?:,|\\s+and(?=\\s)))?\\s*,?\\s*(?:who\\s+)?(?<verb>is|was|'s|’s|has been|had been|"
                    // "She remains a member of the Technical Committee": a post kept is a post held
                    + "remains|continues as|stays on as|"
                    // "has become a reviewer for the LinuxBoot repositories": a post taken up and held since
                    + "works as|worked as|serves as|served as|has served as|have served as|has worked as|became|has become|have become|now works as)\\s+"
                    + "(?<adverb>now\\s+|currently\\s+|also\\s+|still\\s+|already\\s+|previously\\s+|formerly\\s+|most\\s+recently\\s+)?"
                    // "is technically a Linux Foundation fellow", "is officially the project's release manager"
                    + "(?:(?:technically|officially|formally|effectively|nominally)\\s+)?"
                    + "(?:a|an|the|its|their)?\\s*(?:(?:company|firm|foundation|project|organi[sz]ation)(?:'s|’s)\\s+"
                    + "|(?<owner>\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,3})(?:'s|’s)\\s+"
                    // "is a Linux Foundation fellow", "is a Microsoft engineer": the organisation written before the title
                    + "|(?<=\\b(?:a|an|the)\\s)(?<premodifier>\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,3})\\s+)?(?:[a-z][a-z-]*\\s+){0,2}");
    /** "Chen is the CTO there": right after the title, the place of work written as "there". */
    private static final Pattern THERE_AFTER = Pattern.compile("\\s+there\\b(?!\\s+(?:is|are|was|were)\\b)");
    private static final int THERE_REACH = 300;
    /** "who was NASA's chief technology officer", "had been a principal engineer at": a post held before, not now. */
    private static final Pattern PAST_VERB = Pattern.compile("was|had been|worked as|served as");
    /** "who was named CTO", "was appointed chief architect": the post taken up, held now. */
    private static final Pattern TAKEN_UP = Pattern.compile("\\b(?:named|appointed|elected|re-elected|promoted|hired|made|tapped|chosen|"
            + "installed|confirmed|announced)\\b");
    /** "Oregon-based", "New York-based": where the organisation named next is based. */
    private static final Pattern PLACE_BASED = Pattern.compile("\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?-based\\s+");
    /** "the Montreal cloud provider VEXXHOST": an organisation after a place and the kind of business it is. */
    private static final Pattern PLACE_DESCRIBED = Pattern.compile("\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*)?\\s+(?:[a-z][a-z-]*\\s+){0,3}?"
            + OrganizationDescriptions.KIND + "\\s+(?=\\p{Lu})");
    /** "our CTO", "Our Osaka-based engineer", "我们的创始人", "我们行的科技部总经理": a title the writer's side holds. */
    private static final Pattern OURS_BEFORE_TITLE = Pattern.compile("(?:(?<![A-Za-z])(?i:our)\\s+(?:[A-Za-z][a-z-]*\\s+){0,2}"
            + "|我们(?:公司|行|团队|集团)?的?\\s*(?:\\p{IsHan}{1,8}?(?:部|中心|团队|实验室|研究院))?的?\\s*)$");
    /** "… as a", "… as its", "… as": right before a title taken up. */
    private static final Pattern AS_BEFORE_TITLE = Pattern.compile("\\bas\\s+(?:a\\s+|an\\s+|its\\s+|the\\s+|their\\s+|our\\s+)?(?:new\\s+)?$");
    /** "who was elected", "who has been appointed", "who was named": right before the title taken up. */
    private static final Pattern WHO_TAKES_UP = Pattern.compile("\\bwho\\s+(?:was|has\\s+been|is|had\\s+been)?\\s*(?:(?:just|recently|also|since)\\s+)?"
            + "(?:re-?)?(?:elected|appointed|named|promoted\\s+to|voted|chosen\\s+as)\\s+(?:as\\s+)?(?:the\\s+|a\\s+|an\\s+|its\\s+)?(?:new\\s+)?$");
    /** "her part-time appointment as a", "his new role as": a post written as a noun, then "as". */
    private static final Pattern POST_AS = Pattern.compile("\\b(?:his|her|their)\\s+(?:(?<former>former|previous|old|earlier)\\s+|[a-z][a-z-]*\\s+){0,2}"
            + "(?:appointment|role|position|post|job|seat)\\s+as\\s+(?:a\\s+|an\\s+|the\\s+|its\\s+)?$");
    /** "as a postdoc from the University of Warsaw": where the person joining comes from. */
    private static final Pattern FROM_AFTER_TITLE = Pattern.compile("\\s+from\\s+(?:the\\s+)?");
    /** Joining an organisation, or appointing someone, before "as". */
    private static final Pattern JOIN_OR_APPOINT = Pattern.compile("\\b(?:(?<join>(?:re)?join(?:s|ed|ing)?)|(?:has\\s+|have\\s+)?"
            + "(?:appointed|named|hired|elected|re-elected|promoted|tapped|welcomed|brought in|appoints|names|hires|"
            + "promotes|taps|welcomes))\\s+");
    /** "joins as a", "joins as": the verb with nothing joined named between it and the title. */
    private static final Pattern BARE_AS = Pattern.compile("as\\s+(?:a\\s+|an\\s+|the\\s+|its\\s+|our\\s+)?(?:new\\s+)?");
    /** "joins us as", "joined our team as": the writer's side is what is joined. */
    private static final Pattern JOINS_US = Pattern.compile("(?:us|our\\s+(?:team|company))\\s+(?:today\\s+|this\\s+\\w+\\s+)?as\\b");
    private static final Pattern FIRST_PERSON_BEFORE = Pattern.compile("\\bI(?:'m|’m|\\s+am|\\s+have|\\s+will)?\\b");
    private static final Pattern OURS = Pattern.compile("\\b(?:our|my)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern THEIRS = Pattern.compile("\\b(?:their|its)\\b", Pattern.CASE_INSENSITIVE);
    /** "他是Cyborg项目的PTL": a pronoun before the title's target stands for the person named last. */
    private static final Pattern PRONOUN_ZH = Pattern.compile("[他她](?![们人])");
    /** "这位Linux基金会研究员": the person spoken of, named before, holds the title that follows. */
    /**
     * "我是", "我也是": the writer says who they are; the paragraph's first person named is then someone else. ("我在腾讯云做产品
     *经理" is left to the paragraph's person, often the writer named in the byline.)
     */
    private static final Pattern FIRST_PERSON_ZH = Pattern.compile("我(?:自己)?(?:也|目前|现在|同时|还)?是");
    private static final Pattern THIS_PERSON_ZH = Pattern.compile("这位\\s*$");
    private static final Pattern FORMER_BEFORE_TITLE = Pattern.compile("\\bformer\\s");
    /** "the CNCF project Koordinator", "the Apache project Kafka": the foundation describes the project named after it. */
    private static final Pattern PROJECT_OF = Pattern.compile("\\s+(?:(?:sandbox|incubating|graduated|top-level)\\s+)?project\\s+");
    /** A post given up: "前华为", "原华澜银行"; see {@link #formerPost}. */
    private static final Pattern FORMER_MARK_ZH = Pattern.compile("(?<![目之此以提当眼面日年月向])前|(?<![还复草平高中(（])原(?![来先本定计因])");
    /** Right before a name that opens a sentence, its subject: the sentence's end before, and "The". */
    private static final Pattern SENTENCE_SUBJECT = Pattern.compile("(?:^|[.!?]\\s+|\\n\\s*)(?:The\\s+)?$");
    /** Right before a name in a relative clause: "which the", "that". */
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("\\b(?:which|that|whom)\\s+(?:the\\s+)?$");
    /** A sentence whose subject is a personal pronoun. */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("\\s*(?:(?:Today|Now|Currently|Meanwhile),\\s*)?(?:He|She)\\b");
    private static final int PRONOUN_REACH = 400;
    /** "她目前在美光科技担任社区经理": a title held at the organisation the clause names after "在". */
    private static final Pattern AT_BEFORE_ZH = Pattern.compile("在\\s*$");
    /** "九州云的Kolla core": "的" between an organisation and the project named next. */
    private static final Pattern ORGANIZATION_OF_ZH = Pattern.compile("\\s*的\\s*$");
    /** "执行董事由…担任": the holder of the title follows "由". */
    private static final Pattern HELD_BY_ZH = Pattern.compile("\\s*(?:一职)?\\s*(?:则|将|现|目前|暂|仍)?\\s*由\\s*");
    private static final Pattern SERVES_AFTER_ZH = Pattern.compile("\\s*(?:[(（][^)）]{1,20}[)）])?\\s*(?:来)?(?:担任|出任|兼任|接任)");
    private static final Pattern SERVES_AS_ZH = Pattern.compile("\\s*(?:担任|出任|任|做|当)\\s*");
    /** "who chairs", "co-chairs": the person is the chair of what follows. */
    private static final Pattern CHAIRS = Pattern.compile("\\b(?:who|(?<pronoun>[Ss]he|[Hh]e))\\s+(?:now\\s+|also\\s+|still\\s+|currently\\s+)?"
            + "(?<co>co-)?(?<verb>chairs|maintains)\\b(?:\\s+the)?");
    private static final Pattern TITLES_JOINED = Pattern.compile("\\s*(?:兼|和|及|与|、|/)\\s*|\\s+and\\s+");
    /**
     * "Ana Lopes, chair of the TAC and a principal engineer at Jabuti Labs": after one title's organisation (and the
     * place it may name, or the common noun saying what it is: "a maintainer of the Pelican Queue message broker and a staff
     * engineer at Fastly"), a second title joined by "and" is held by the same person.
     */
    private static final Pattern AND_ANOTHER_TITLE = Pattern.compile(
            "(?:\\s+(?:in|of)\\s+\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*)?|(?:\\s+(?!(?:and|who|which|that|at|in|of|for)\\b)[a-z][a-z-]*){1,2})?\\s*,?\\s+and\\s+(?:is\\s+|also\\s+)*(?:a|an|the)?\\s*(?:[a-z][a-z-]*\\s+){0,2}");
    /** "两名工程师", "几位同事": a number of people, the subject of a title no one named holds. */
    private static final Pattern COUNTED_PEOPLE_ZH = Pattern.compile("[0-9一二两三四五六七八九十几多数]\\s*[个名位]\\s*(?:\\p{IsHan}{0,4}?)(?:工程师|员工|开发者|同事|成员|专家|人)");
    /** What may open an item of a list before its first word: bullets, numbers, keycap emoji. */
    private static final Pattern LIST_ITEM_START = Pattern.compile("[ \\t]*(?:[-*•·▪►]|\\d{1,2}[.、)）]?\\x{FE0F}?\\x{20E3}?|[\\p{So}\\x{FE0F}\\x{20E3}])[ \\t]*");
    /** The writer speaks for a "we": "我们", "our team". */
    private static final Pattern FIRST_PERSON_PLURAL = Pattern.compile("我们|\\b(?:we|our|We|Our)\\b");
    /** Between a person and their employer: "Alan Clark of SUSE", "Ana Lopes from Jabuti Labs". */
    private static final Pattern PERSON_OF = Pattern.compile("\\s+(?:of|from|at)\\s+$");
    private static final Pattern BRACKET_BEFORE = Pattern.compile("\\s*[(（][^()（）]{1,24}[)）]\\s*$");
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(?:'s|’s)\\s+$");
    /** "他现任九州云CEO", "她目前担任中兴的架构师", "已于6月当选Kolla项目PTL": the subject holds the title, whoever the title is. */
    private static final Pattern HOLDS_ZH = Pattern.compile("(?:他|她|其)?(?:目前|现在|如今|同时|也|还)?(?:现任|担任|出任|任|是|为|做|当选为?|被选为|成为|成了|升任|晋升为)\\s*"
            // "他是Kilo周期的Neutron PTL": the term the title is held for, between the verb and the target
            + "(?:[^，。；,]{1,8}?(?:周期|期间|版本|届|年度)的\\s*)?$");
    /** "CTO of Cisco", "co-founder and CTO of Lantau Compute": a second title may stand before the target. */
    private static final Pattern OF = Pattern.compile("(?:\\s+and\\s+(?:[A-Za-z-]+\\s+){0,2}?(?:CEO|CTO|COO|CFO|CIO|chief [a-z]+ officer|"
            + "president|chairman|chair|director|maintainer|founder|co-founder|lead|architect|engineer))?\\s+(?:of|at|for|on|in)\\s+(?<the>the\\s+)?");
    /** Between a title and the organisation of a signature: the department ("of Engineering") and a comma. */
    private static final Pattern SIGNATURE_COMMA = Pattern.compile("(?:\\s+(?:of|for)\\s+(?:\\p{Lu}[\\p{L}&-]*\\s*){1,3})?\\s*,\\s*");
    /** The line's end after a signature, or a bar before the date a byline goes on with ("ContainerBeat | May 2, 2019"). */
    private static final Pattern SIGNATURE_END = Pattern.compile("[ \\t]*[.;)）]?[ \\t]*$|[ \\t]+[|｜·•][ \\t]", Pattern.MULTILINE);
    /** After the comma: an article, the target (written X here) with its possessive, a modifier or two. */
    /** Between two titles that one person holds: "Co-founder and CEO". */
    private static final Pattern JOINED_BEFORE = Pattern.compile("\\s+(?:and|&)\\s+|\\s*(?:兼|、|和|及)\\s*");
    /** "何志远，云栈科技联合创始人兼CTO", "蒋文博，招商银行云平台部总经理": the organisation (X here), a department, the title. */
    private static final Pattern COMMA_BEFORE_TITLE_ZH = Pattern.compile(
            "\\s*(?:现任|担任|任)?\\s*X\\s*的?\\s*(?:\\p{IsHan}{1,8}?(?:部|中心|团队|组|实验室|办公室|事业部|研究院|学院|系))?\\s*");
    private static final Pattern COMMA_BEFORE_TITLE = Pattern.compile(
            // "Shuah Khan, also a Linux Foundation fellow", "Ana Souza, herself a Kubernetes maintainer": a word that adds the
            // apposition to what was said of the person before it
            "\\s*(?:(?:also|now|currently|still|himself|herself|themselves)\\s+)?(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+|our\\s+|my\\s+|one\\s+of\\s+(?:our|their|its|the)\\s+)?(?:former\\s+|current\\s+|new\\s+)?(?:X(?:'s|’s)?\\s+|(?i:foundation|company|firm|project)(?:'s|’s)\\s+)?(?:[a-z][a-z-]*\\s+){0,2}");

    @Override
    public List<Fact> find(AnnotatedText text) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Held[] last = {null};
            for (Titles.Found t : Titles.findIn(text.text(), s.begin(), s.end())) {
                Held before = last[0];
                last[0] = null;
                if (!inBracketsAfterPerson(text, s, t, out) && !asTitle(text, s, t, out)
                        && !AppointedTitle.find(text, s, t, out) && !chained(text, s, t, before, last, out)
                        && !personCommaTitle(text, s, t, last, out)
                        && !titleThenPerson(text, s, t, out) && !electedTitle(text, s, t, out)
                        && !personVerbTitle(text, s, t, last, out) && !whereTitle(text, s, t, out)) {
                    targetThenTitle(text, s, t, out);
                }
            }
            chairs(text, s, out);
        }
        return out;
    }

    /**
     * "Beth Nakamura left to join Mirantis as a solutions architect", "I'm joining Ferrowave as Head of Open
     * Infrastructure", "Brennholt has appointed Katrin Vogel as chief technology officer", "the working group elected
     * Rafael Mendes of Kynetic Systems as its chair": a title taken up, at the organisation joined or by the one that
     * appoints.
     */
    private static boolean asTitle(AnnotatedText text, Sentence s, Titles.Found t, List<Fact> out) {
        if (text.isChinese() || !AS_BEFORE_TITLE.matcher(text.text()).region(LookBack.from(s.begin(), t.begin(), 16), t.begin()).find()) {
            return false;
        }
        // the verb nearest before the title
        Matcher verb = JOIN_OR_APPOINT.matcher(text.text()).region(s.begin(), t.begin());
        int at = -1;
        while (verb.find()) {
            at = verb.start();
        }
        if (at < 0 || !verb.region(at, t.begin()).lookingAt()) {
            return postAsTitle(text, s, t, out);
        }
        boolean joins = verb.group("join") != null;
        int after = verb.end();
        Optional<Mention> person;
        Optional<Mention> target;
        if (joins) {
            // "who joins the group as a postdoc": the group named before
            target = text.startingAt(after, Clauses.ORGANIZATION).or(() -> NamedUnits.at(text, after, t.begin()));
            if (target.isEmpty() && JOINS_US.matcher(text.text()).region(after, t.begin()).lookingAt()) {
                // "Arjun Mehta joins us as Head of Developer Relations": the organisation the writer speaks for
                target = text.voiceAt(verb.start()).map(InterviewVoices::organization).filter(java.util.Objects::nonNull);
            }
            if (target.isEmpty() && BARE_AS.matcher(text.text()).region(after, t.begin()).matches()) {
                // "Sakuragi also announced two further hires: - Takumi Ogawa joins as Compliance Manager": who announced
                target = Announcer.of(text, s);
            }
            person = text.lastIn(s.begin(), verb.start(), Clauses.PERSON);
            if (person.isEmpty() && FIRST_PERSON_BEFORE.matcher(text.text()).region(s.begin(), verb.start()).find()) {
                person = text.voiceAt(verb.start()).map(InterviewVoices::person).filter(java.util.Objects::nonNull);
            }
        } else {
            person = text.startingAt(after, Clauses.PERSON);
            target = text.lastIn(s.begin(), verb.start(), Clauses.ORGANIZATION)
                    .or(() -> PossessiveTitles.owner(text, s, t));
        }
        if (person.isEmpty() || target.isEmpty() || !text.in(person.get().end(), t.begin(), Clauses.PERSON).isEmpty()) {
            return false;
        }
        add(text, person.get().entity(), t.title(), target.get().entity(), s,
                joins ? "pattern:joins-target-as-title" : "pattern:target-appoints-name-as-title", 0.75, out);
        Matcher from = FROM_AFTER_TITLE.matcher(text.text()).region(t.end(), s.end());
        if (joins && from.lookingAt()) {
            // "joins the group as a postdoc from the University of Warsaw": where they come from, left for the new post
            Mention joiner = person.get();
            Entity joined = target.get().entity();
            text.startingAt(from.end(), Clauses.ORGANIZATION).filter(o -> !o.entity().iri().equals(joined.iri()))
                    .ifPresent(o -> out.add(new Fact(joiner.entity().iri(), SG.formerlyWorkedFor, o.entity().iri(), null, s,
                            "pattern:joins-target-as-title-from", 0.7)));
        }
        return true;
    }

    /**
     * "her part-time appointment as a lecturer at the University of Texas at Austin", "his new role as CTO of Kestrel":
     * a post named as a noun, held by the person the pronoun stands for, at the organisation after the title.
     */
    private static boolean postAsTitle(AnnotatedText text, Sentence s, Titles.Found t, List<Fact> out) {
        Matcher post = POST_AS.matcher(text.text()).region(LookBack.from(s.begin(), t.begin(), 60), t.begin());
        if (!post.find()) {
            return false;
        }
        Optional<Mention> target = ofTarget(text, t);
        Optional<Mention> person = text.lastPersonReferent(post.start(), PRONOUN_REACH);
        if (target.isEmpty() || person.isEmpty() || post.group("former") != null) {
            return false;
        }
        add(text, person.get().entity(), t.title(), target.get().entity(), s, "pattern:pronoun-post-as-title-at-target", 0.7, out);
        return true;
    }

    /** Who holds the title read last in the sentence, and where that title's phrase ends. */
    private record Held(Mention person, int end) {
    }

    /** Where a title's phrase ends: after the organisation that follows it, or after the title itself. */
    private static Held held(Mention person, Titles.Found t, Mention target) {
        return new Held(person, target.begin() >= t.end() ? target.end() : t.end());
    }

    /**
     * "Ana Lopes, chair of the TAC and a principal engineer at Jabuti Labs", "Leila Haddad, who sits on the board and
     * is VP of Engineering at Cedra Telecom": a title joined by "and" to the one before is held by the same person.
     */
    private static boolean chained(AnnotatedText text, Sentence s, Titles.Found t, Held before, Held[] last, List<Fact> out) {
        if (before == null || text.isChinese() || before.end() > t.begin()
                || !AND_ANOTHER_TITLE.matcher(text.text()).region(before.end(), t.begin()).matches()
                || !text.in(before.end(), t.begin(), Clauses.PERSON).isEmpty()) {
            return false;
        }
        Optional<Mention> target = ofTarget(text, t);
        if (target.isEmpty()) {
            return false;
        }
        add(text, before.person().entity(), t.title(), target.get().entity(), s, "pattern:name-title-and-title-at-target", 0.75, out);
        last[0] = held(before.person(), t, target.get());
        return true;
    }

    /**
     * "Maja Lindqvist is a developer advocate at Fjordstack", "Brendan, meanwhile, is now a distinguished engineer at
     * Microsoft", "Kelsey, who works as a developer advocate at Google": a verb between the person and the title.
     */
    private boolean personVerbTitle(AnnotatedText text, Sentence s, Titles.Found t, Held[] last, List<Fact> out) {
        if (text.isChinese()) {
            return false;
        }
        Optional<Mention> person = text.lastIn(Math.max(s.begin(), t.begin() - 80), t.begin(), Clauses.PERSON);
        Matcher verb = VERB_BEFORE_TITLE.matcher(text.text());
        if (person.isEmpty() || !verb.region(person.get().end(), t.begin()).matches()) {
            // "She is also a core developer of Ironic": the person named last before the sentence
            Matcher pronoun = PRONOUN_SUBJECT.matcher(text.text()).region(s.begin(), t.begin());
            if (!pronoun.lookingAt() || !verb.region(pronoun.end(), t.begin()).matches()) {
                return false;
            }
            person = text.lastPersonReferent(s.begin(), PRONOUN_REACH);
            if (person.isEmpty()) {
                return false;
            }
        }
        Optional<Mention> target = ofTarget(text, t);
        if (target.isEmpty() && verb.group("owner") != null) {
            // "Chris Kemp, who was NASA's chief technology officer": the organisation with the possessive
            target = text.endingAt(verb.end("owner"), Clauses.ORG_OR_PROJECT);
        }
        if (target.isEmpty() && verb.group("premodifier") != null) {
            target = text.endingAt(verb.end("premodifier"), Clauses.ORG_OR_PROJECT)
                    .filter(m -> m.begin() == verb.start("premodifier"));
        }
        Matcher anaphor = ANAPHOR.matcher(text.text().substring(person.get().end(), t.begin()));
        if (target.isEmpty() && anaphor.find()) {
            // "Mei Tsang, who is the company's CEO"
            target = antecedent(text, person.get().begin(), anaphor.group(1).toLowerCase());
        }
        if (target.isEmpty() && THERE_AFTER.matcher(text.text()).region(t.end(), s.end()).lookingAt()) {
            // "Chen is the CTO there": the organisation the text named last before the person
            target = text.lastIn(Math.max(0, s.begin() - THERE_REACH), person.get().begin(), Clauses.ORGANIZATION);
        }
        if (target.isEmpty()) {
            // "Sofia Lindqvist, who is still its CEO": the organisation the sentence or the one before is about
            target = PossessiveTitles.owner(text, s, t);
        }
        if (target.isEmpty()) {
            return false;
        }
        boolean past = PAST_VERB.matcher(verb.group("verb")).matches() || verb.group("adverb") != null
                && verb.group("adverb").matches("(?:previously|formerly|most\\s+recently)\\s+");
        if (past && t.title().kind() == Titles.Kind.EMPLOYMENT && target.get().entity().kind().isOrganization()
                && !TAKEN_UP.matcher(text.text()).region(verb.start("verb"), t.begin()).find()) {
            // "Solberg was most recently a senior engineering manager at Red Hat": a former employer, the post gone with it
            out.add(new Fact(person.get().entity().iri(), SG.formerlyWorkedFor, target.get().entity().iri(), null, s,
                    "pattern:name-was-title-at-target", 0.7));
            return true;
        }
        add(text, person.get().entity(), t.title(), target.get().entity(), s, "pattern:name-is-title-at-target", 0.75, out);
        last[0] = held(person.get(), t, target.get());
        return true;
    }

    /**
     * "the Eclipse Foundation, where he remains executive director", "Northbeam, where Ada Kim is now CTO": a title held at
     * the organisation a "where" clause is said of, by the person it names or the one its pronoun stands for.
     */
    private static boolean whereTitle(AnnotatedText text, Sentence s, Titles.Found t, List<Fact> out) {
        if (text.isChinese()) {
            return false;
        }
        Matcher where = WHERE_HOLDS.matcher(text.text()).region(LookBack.from(s.begin(), t.begin(), 90), t.begin());
        if (!where.find()) {
            return false;
        }
        Optional<Mention> target = text.endingAt(where.start(), Clauses.ORGANIZATION);
        Optional<Mention> person = where.group("pronoun") != null
                ? text.lastPersonReferent(where.start(), PRONOUN_REACH)
                : text.in(where.start("who"), where.end("who"), Clauses.PERSON).stream().findFirst()
                        .filter(p -> p.begin() == where.start("who") && p.end() == where.end("who"));
        if (target.isEmpty() || person.isEmpty() || !text.in(where.end(), t.begin(), Clauses.ORG_OR_PROJECT).isEmpty()) {
            return false;
        }
        add(text, person.get().entity(), t.title(), target.get().entity(), s, "pattern:target-where-name-is-title", 0.7, out);
        return true;
    }

    /** Between an organisation and a title: ", where he remains", ", where Ada Kim is now the". */
    private static final Pattern WHERE_HOLDS = Pattern.compile("\\s*,?\\s+where\\s+(?:(?<pronoun>he|she|they)|(?<who>\\p{Lu}[^,;.()]{1,40}?))\\s+"
            + "(?:is|remains|serves as|works as|has become|became|now serves as|now works as|is still)\\s+"
            + "(?:now\\s+|currently\\s+|also\\s+|still\\s+)?(?:(?:a|an|the|its|their)\\s+)?(?:[a-z][a-z-]*\\s+){0,2}$");

    /**
     * "Alan Clark, a director at SUSE who was elected chairman of the foundation's board", "Mia Ortiz, who was named CTO
     * of Kestrel last year": a post taken up in a relative clause, held by the person the clause is said of.
     */
    private static boolean electedTitle(AnnotatedText text, Sentence s, Titles.Found t, List<Fact> out) {
        Matcher who = WHO_TAKES_UP.matcher(text.text()).region(LookBack.from(s.begin(), t.begin(), 60), t.begin());
        if (text.isChinese() || !who.find()) {
            return false;
        }
        Optional<Mention> person = text.lastIn(LookBack.from(s.begin(), who.start(), 80), who.start(), Clauses.PERSON);
        Optional<Mention> target = ofTarget(text, t);
        if (person.isEmpty() || target.isEmpty()) {
            return false;
        }
        add(text, person.get().entity(), t.title(), target.get().entity(), s, "pattern:name-who-was-elected-title-of-target", 0.75, out);
        return true;
    }

    /**
     * "Thierry Carrez, who chairs the Technical Committee", "an Intel engineer who chairs Zephyr's technical steering
     * committee", "Kenji Mori, who maintains the OpenTelemetry Collector": chairing and maintaining are roles, in what
     * is named next in the clause (maintaining, in a project).
     */
    private static void chairs(AnnotatedText text, Sentence s, List<Fact> out) {
        if (text.isChinese()) {
            return;
        }
        Matcher m = CHAIRS.matcher(text.text()).region(s.begin(), s.end());
        while (m.find()) {
            // "She chairs the working group": the person the pronoun stands for, when no resolved mention covers it
            Optional<Mention> person = text.lastIn(Math.max(s.begin(), m.start() - 60), m.end(), Clauses.PERSON)
                    .filter(p -> p.begin() < m.start() || m.group("pronoun") != null)
                    .or(() -> m.group("pronoun") != null ? text.lastPersonReferent(m.start(), PRONOUN_REACH) : Optional.empty());
            int clauseEnd = Clauses.clauseEnd(text.text(), m.end(), s.end());
            boolean maintains = m.group("verb").equals("maintains");
            if (maintains && m.group("pronoun") != null) {
                continue; // "he still maintains parts of the project's code": a pronoun's maintaining names no seat
            }
            // the target starts near the verb, but a long name ("the CNCF Technical Oversight Committee") may end far after it
            int start = m.end();
            Optional<Mention> target = text.in(start, clauseEnd, Clauses.ORG_OR_PROJECT).stream().findFirst()
                    .filter(t -> t.begin() <= start + 30)
                    .filter(t -> !maintains || t.entity().kind() == EntityKind.PROJECT && !namesAPart(text, t));
            if (target.isPresent() && !maintains && (text.text().substring(start, target.get().begin()).contains("PMC")
                    || text.text().startsWith(" PMC", target.get().end()))) {
                continue; // "chairs the PMC of Apache Fineract": the PMC Chair, PmcChairFinder's
            }
            if (person.isPresent() && target.isPresent()) {
                String name = maintains ? "Maintainer" : m.group("co") != null ? "Co-Chair" : "Chair";
                add(text, person.get().entity(), new Titles.Title(name, Titles.Kind.COMMUNITY), target.get().entity(), s,
                        maintains ? "pattern:name-maintains-target" : "pattern:name-chairs-target", 0.7, out);
            }
        }
    }

    /** "Jay Pipes (Nova的PTL)", "Jay Pipes (PTL of Nova)". */
    private boolean inBracketsAfterPerson(AnnotatedText text, Sentence s, Titles.Found t, List<Fact> out) {
        int open = Math.max(text.text().lastIndexOf('(', t.begin()), text.text().lastIndexOf('（', t.begin()));
        if (open < s.begin() || t.begin() - open > 30
                || Math.max(text.text().lastIndexOf(')', t.begin()), text.text().lastIndexOf('）', t.begin())) > open) {
            return false;
        }
        Optional<Mention> person = text.endingAt(open, Clauses.PERSON);
        List<Mention> inside = text.in(open, t.begin(), Clauses.ORG_OR_PROJECT);
        Optional<Mention> target = inside.isEmpty() ? ofTarget(text, t) : Optional.of(inside.get(inside.size() - 1));
        if (person.isEmpty() || target.isEmpty()) {
            return false;
        }
        add(text, person.get().entity(), t.title(), target.get().entity(), s, "pattern:name-(target-title)", 0.85, out);
        // "周思婷（腾讯TARS项目负责人）": the organisation before the project is the employer
        if (inside.size() > 1 && target.get().entity().kind() == EntityKind.PROJECT
                && inside.get(inside.size() - 2).entity().kind().isOrganization()) {
            out.add(new Fact(person.get().entity().iri(), SG.worksFor, inside.get(inside.size() - 2).entity().iri(), null, s,
                    "pattern:name-(organization-project-title)", 0.7));
        }
        return true;
    }

    /**
     * "Jonathan Bryce, Executive Director of the OpenStack Foundation", "Jonathan Bryce, the OpenStack
     * Foundation's executive director", "Arvid Holm, an Ironic core reviewer", "Tobias Brandt, a cloud
     * architect at Deutsche Telekom".
     */
    private boolean personCommaTitle(AnnotatedText text, Sentence s, Titles.Found t, Held[] last, List<Fact> out) {
        int comma = Math.max(text.text().lastIndexOf(',', t.begin()), text.text().lastIndexOf('，', t.begin()));
        if (comma < s.begin() || t.begin() - comma > 60) {
            return false;
        }
        Optional<Mention> person = text.endingAt(comma, Clauses.PERSON);
        if (person.isEmpty()) {
            // "Kelvin Ho (何嘉偉), co-founder and CTO of Lantau Compute": the name in another script between
            Matcher bracket = BRACKET_BEFORE.matcher(text.text()).region(LookBack.from(s.begin(), comma, 30), comma);
            if (bracket.find()) {
                person = text.endingAt(bracket.start(), Clauses.PERSON);
            }
        }
        if (person.isEmpty() && !text.isChinese()) {
            // "Alan Clark of SUSE, chairman of the Foundation's board": the name before the employer it is written with
            person = text.endingAt(comma, Clauses.ORGANIZATION).flatMap(org -> {
                Matcher of = PERSON_OF.matcher(text.text()).region(LookBack.from(s.begin(), org.begin(), 8), org.begin());
                return of.find() ? text.endingAt(of.start(), Clauses.PERSON) : Optional.empty();
            });
        }
        if (person.isEmpty()) {
            return false;
        }
        Optional<Mention> inside = text.in(comma, t.begin(), Clauses.ORG_OR_PROJECT).stream().reduce((a, b) -> b);
        String rest = withTargetAsX(text, comma + 1, t.begin(), inside);
        // "Tomasz Wierzbicki, Co-founder and CEO, Lattice Ledger": a first title joined by "and" holds for the target too
        // and "张伟，腾讯联合创始人兼CTO" in Chinese
        Pattern beforeTitle = text.isChinese() ? COMMA_BEFORE_TITLE_ZH : COMMA_BEFORE_TITLE;
        Optional<Titles.Found> joined = Titles.findIn(text.text(), comma + 1, t.begin()).stream().findFirst()
                .filter(first -> JOINED_BEFORE.matcher(text.text()).region(first.end(), t.begin()).matches());
        if (joined.isPresent()) {
            int firstBegin = joined.get().begin();
            rest = withTargetAsX(text, comma + 1, firstBegin, inside.filter(m -> m.end() <= firstBegin));
        }
        // "Justin Ortiz, Red Hat's Fedora Community Architect": the employer's possessive before the project the title is in
        Optional<Mention> owner = joined.isPresent() ? Optional.empty() : projectOwner(text, comma, inside);
        if (owner.isPresent()) {
            rest = text.text().substring(comma + 1, owner.get().begin()) + "X" + text.text().substring(inside.get().end(), t.begin());
        }
        if (!beforeTitle.matcher(rest).matches()) {
            return joined.isEmpty() && owner.isEmpty() && namedKindTitle(text, s, person.get(), comma, t, last, out);
        }
        if (FORMER_BEFORE_TITLE.matcher(rest).find()) {
            return true; // "Gao Peng, a former Nova core reviewer at Intel": a post given up, the employer read by the cues
        }
        Optional<Mention> target = ofTarget(text, t).or(() -> owner).or(() -> inside);
        Matcher anaphor = ANAPHOR.matcher(text.text().substring(comma, t.begin()));
        if (target.isEmpty() && anaphor.find()) {
            target = antecedent(text, person.get().begin(), anaphor.group(1).toLowerCase());
        }
        if (target.isEmpty()) {
            // "Intel's Imad Sousou, corporate vice president": the organisation whose person this is
            target = possessor(text, person.get());
        }
        if (target.isEmpty() && OURS.matcher(rest).find()) {
            // "Marcus Feld, our CTO": in an interview or a first-person report, the speaker's organisation
            target = text.voiceAt(person.get().begin()).map(InterviewVoices::organization).filter(java.util.Objects::nonNull);
        } else if (target.isEmpty() && THEIRS.matcher(rest).find()) {
            // "Luis Ortega, their principal architect": the organisation named last
            target = text.lastIn(Math.max(0, person.get().begin() - PRONOUN_REACH), person.get().begin(), Clauses.ORGANIZATION);
        }
        if (target.isEmpty()) {
            // "Kwame Mensah, maintainer of the Tungsten Fabric vRouter and an engineer at …": no seat recorded, but the
            // title after "and" is still the same person's
            int part = partEnd(text, t);
            if (part > 0) {
                last[0] = new Held(person.get(), part);
                return true;
            }
            return false;
        }
        // "Lena Fischer, an Argo maintainer and staff engineer at Intuit": the project is the first title's, the job
        // after "and" is held at the organisation named after it
        if (joined.isPresent() && inside.isPresent() && inside.get().entity().kind() == EntityKind.PROJECT
                && inside.get().end() <= joined.get().begin() && target.get() != inside.get()
                && target.get().entity().kind().isOrganization() && t.title().kind() == Titles.Kind.EMPLOYMENT) {
            add(text, person.get().entity(), joined.get().title(), inside.get().entity(), s, "pattern:name-comma-project-title-and-title-at-organization", 0.8, out);
            add(text, person.get().entity(), t.title(), target.get().entity(), s, "pattern:name-comma-project-title-and-title-at-organization", 0.8, out);
            last[0] = held(person.get(), t, target.get());
            return true;
        }
        // "Dana Okafor, a Zuul core reviewer at Ferrogate Systems": the role is in the project, the job at the company
        if (inside.isPresent() && inside.get().entity().kind() == EntityKind.PROJECT && target.get() != inside.get()
                && target.get().entity().kind().isOrganization()) {
            add(text, person.get().entity(), t.title(), inside.get().entity(), s, "pattern:name-comma-title-of-target", 0.85, out);
            out.add(new Fact(person.get().entity().iri(), SG.worksFor, target.get().entity().iri(), null, s,
                    "pattern:name-comma-title-at-organization", 0.8));
            last[0] = held(person.get(), t, target.get());
            return true;
        }
        add(text, person.get().entity(), t.title(), target.get().entity(), s, "pattern:name-comma-title-of-target", 0.85, out);
        if (joined.isPresent()) {
            add(text, person.get().entity(), joined.get().title(), target.get().entity(), s, "pattern:name-comma-title-of-target", 0.8, out);
        }
        last[0] = held(person.get(), t, target.get());
        return true;
    }

    /**
     * "Brian Okafor, the Java Platform Architect at Oracle", "Mia Tan, Flutter Developer Advocate at Google": capitalised
     * words no entity was read in, right before a job title with its organisation after "at" or "of", say which kind of
     * that job it is; the title is kept whole.
     */
    private static boolean namedKindTitle(AnnotatedText text, Sentence s, Mention person, int comma, Titles.Found t,
                                          Held[] last, List<Fact> out) {
        if (text.isChinese() || t.title().kind() != Titles.Kind.EMPLOYMENT || !Character.isUpperCase(text.text().charAt(t.begin()))) {
            return false; // "a Brazilian engineer at Stark Bank": a capitalised word before a title in lower case is no part of it
        }
        Matcher kind = NAMED_KIND.matcher(text.text()).region(comma + 1, t.begin());
        if (!kind.matches() || !text.in(comma + 1, t.begin(), m -> true).isEmpty()
                || !OF.matcher(text.text()).region(t.end(), s.end()).lookingAt()) {
            return false;
        }
        Optional<Mention> target = ofTarget(text, t).filter(m -> m.entity().kind().isOrganization());
        if (target.isEmpty()) {
            return false;
        }
        String words = kind.group(1).strip().replaceAll("\\s+", " ");
        Titles.Title whole = new Titles.Title(words + " " + t.title().name(), t.title().kind());
        add(text, person.entity(), whole, target.get().entity(), s, "pattern:name-comma-kind-title-at-organization", 0.75, out);
        last[0] = held(person, t, target.get());
        return true;
    }

    /** Up to two capitalised words after the comma, with an article or none: "the Java Language ", "Spring ". */
    private static final Pattern NAMED_KIND = Pattern.compile("\\s*(?:the\\s+|a\\s+|an\\s+)?((?:\\p{Lu}[\\p{L}+#-]*\\s+){1,2})");

    /** The text in [from, to) with the organisation or project in it, if any, written X, as the comma patterns read it. */
    /** "Red Hat's " right before a project: the organisation whose possessive it is, which employs the project's people. */
    private static Optional<Mention> projectOwner(AnnotatedText text, int from, Optional<Mention> project) {
        if (project.isEmpty() || project.get().entity().kind() != EntityKind.PROJECT) {
            return Optional.empty();
        }
        return text.in(from, project.get().begin(), Clauses.ORGANIZATION).stream().reduce((a, b) -> b)
                .filter(org -> POSSESSIVE_ONLY.matcher(text.text().substring(org.end(), project.get().begin())).matches());
    }

    private static final Pattern POSSESSIVE_ONLY = Pattern.compile("['’]s\\s+");

    private static String withTargetAsX(AnnotatedText text, int from, int to, Optional<Mention> target) {
        return target.map(m -> text.text().substring(from, m.begin()) + "X" + text.text().substring(m.end(), to))
                .orElse(text.text().substring(from, to));
    }

    /** "Intel's Imad Sousou": the organisation written with a possessive right before the person. */
    private static Optional<Mention> possessor(AnnotatedText text, Mention person) {
        Matcher m = POSSESSIVE_BEFORE.matcher(text.text()).region(Math.max(0, person.begin() - 4), person.begin());
        return m.find() ? text.endingAt(m.start(), Clauses.ORGANIZATION) : Optional.empty();
    }

    /** "the foundation": the foundation named last; "the company": the company named last; else what was named last. */
    private static Optional<Mention> antecedent(AnnotatedText text, int before, String noun) {
        List<Mention> candidates = text.in(0, before, Clauses.ORG_OR_PROJECT);
        if (noun.equals("foundation")) {
            return salientFoundation(text.text(), candidates);
        }
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Entity e = candidates.get(i).entity();
            boolean fits = switch (noun) {
                case "foundation" -> e.kind() == EntityKind.ORGANIZATION && (e.label("en").contains("Foundation")
                        || e.labels().getOrDefault("zh", "").contains("基金会"));
                case "company", "firm" -> e.kind() == EntityKind.COMPANY;
                case "project" -> e.kind() == EntityKind.PROJECT;
                default -> true;
            };
            if (fits) {
                return Optional.of(candidates.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * "Chris Aniszczyk, the foundation's COO" after "The CNCF sits under the Linux Foundation": the foundation an article
     * speaks of is the one it names most, not the one it named last in passing; between two named as often, the later. A
     * sentence's subject counts twice, a name in a relative clause half: "The Open Source Security Foundation, which the
     * Linux Foundation launched, used the day to…" is about the first.
     */
    private static Optional<Mention> salientFoundation(String text, List<Mention> candidates) {
        java.util.Map<String, Integer> named = new java.util.HashMap<>();
        Mention best = null;
        for (Mention m : candidates) {
            Entity e = m.entity();
            boolean foundation = e.kind() == EntityKind.ORGANIZATION && (e.label("en").contains("Foundation")
                    || e.labels().getOrDefault("zh", "").contains("基金会"));
            if (foundation) {
                // a name at the very start of the text opens a sentence too: the pattern's "^" is the text's start
                int weight = SENTENCE_SUBJECT.matcher(text.substring(0, m.begin())).region(LookBack.from(0, m.begin(), 8), m.begin())
                        .useAnchoringBounds(false).find()
                        ? 4 : RELATIVE_BEFORE.matcher(text).region(LookBack.from(0, m.begin(), 12), m.begin()).find() ? 1 : 2;
                int times = named.merge(e.iri(), weight, Integer::sum);
                if (best == null || best.entity().iri().equals(e.iri()) || times >= named.get(best.entity().iri())) {
                    best = m;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** "基金会COO Mark Collier", "CEO Jonathon", "Cisco CTO Lew Tucker", "CTO、也是…之一Lew Tucker". */
    private boolean titleThenPerson(AnnotatedText text, Sentence s, Titles.Found t, List<Fact> out) {
        // "联合创始人兼CTO林启航", "创始人、CEO程辉": the name follows the last of titles joined together
        int titleEnd = t.end();
        List<Titles.Title> titles = new ArrayList<>(List.of(t.title()));
        for (Titles.Found next : Titles.findIn(text.text(), t.end(), Math.min(s.end(), t.end() + 24))) {
            if (!TITLES_JOINED.matcher(text.text()).region(titleEnd, next.begin()).matches()) {
                break;
            }
            titleEnd = next.end();
            titles.add(next.title());
        }
        Matcher bridge = TITLE_TO_NAME.matcher(text.text()).region(titleEnd, s.end());
        Optional<Mention> person = text.startingAt(bridge.lookingAt() ? bridge.end() : titleEnd, Clauses.PERSON);
        double confidence = 0.85;
        if (person.isEmpty() && text.isChinese()) {
            person = afterTitleList(text, s, titleEnd);
            confidence = 0.7;
        }
        if (person.isEmpty()) {
            person = text.in(t.end(), s.end(), Clauses.PERSON).stream().findFirst()
                    .filter(p -> p.begin() - t.end() <= APPOSITION_GAP)
                    .filter(p -> text.text().startsWith("、", t.end()) && Clauses.sameClause(text.text(), t.end(), p.begin()));
            confidence = 0.6;
        }
        if (person.isEmpty()) {
            return false;
        }
        Optional<Mention> written = targetBefore(text, s, t);
        Optional<Entity> target = written.map(Mention::entity).or(() -> ofTarget(text, t).map(Mention::entity));
        if (target.isEmpty() && text.isChinese()) {
            // "基金会执行董事 Mike Milinkovich", "该公司CTO…": the foundation or company the text spoke of
            target = chineseAnaphor(text, t.begin()).map(Mention::entity);
        }
        if (target.isEmpty()) {
            // "its CEO, Jonas Albrecht", "the company's founder Ida Lund": the organisation last in focus
            target = PossessiveTitles.owner(text, s, t).map(Mention::entity);
        }
        if (target.isEmpty() && OURS_BEFORE_TITLE.matcher(text.text()).region(LookBack.from(s.begin(), t.begin(), 30), t.begin()).find()) {
            // "our CTO Sanne de Vries", "我们的创始人、董事长陆其昌": the writer's or the speaker's organisation
            target = text.voiceAt(t.begin()).map(InterviewVoices::organization).filter(java.util.Objects::nonNull).map(Mention::entity);
        }
        if (target.isEmpty() && LIST_ITEM_START.matcher(text.text()).region(text.text().lastIndexOf('\n', t.begin()) + 1, t.begin()).matches()
                && FIRST_PERSON_PLURAL.matcher(text.text()).region(0, t.begin()).find()) {
            // "1️⃣ CTO 林嘉树：《…》", "- CTO Jane Doe: …": in a list of a first-person report, the team listed is the writer's
            target = text.voiceAt(t.begin()).map(InterviewVoices::organization).filter(java.util.Objects::nonNull).map(Mention::entity);
            confidence = 0.6;
        }
        if (target.isEmpty()) {
            target = knownTarget(text, person.get().entity(), t.title());
            confidence = 0.6;
        }
        if (target.isEmpty()) {
            return true;
        }
        if (formerPost(text, s, t.begin())) {
            return true; // "原华为2012实验室容器技术团队负责人邓思远": a post given up, read by AffiliationFinder
        }
        Optional<Mention> employer = written.flatMap(project -> employerOfProjectRole(text, project));
        for (Entity holder : withCoordinated(text, s, person.get())) {
            for (Titles.Title title : titles) {
                add(text, holder, title, target.get(), s, "pattern:target-title-name", confidence, out);
            }
            employer.ifPresent(org -> out.add(new Fact(holder.iri(), SG.worksFor, org.entity().iri(), null, s,
                    "pattern:organization-project-title-name", 0.7)));
        }
        return true;
    }

    /** "基金会", "该公司" written right before a title, standing for the foundation or the company named before. */
    private static final Pattern ANAPHOR_ZH = Pattern.compile("(?:(?<![\\p{IsHan}A-Za-z])|该|这家|这个|本)(?:(?<foundation>基金会)|(?<company>公司)|(?<alliance>联盟|协会))\\s*(?:的\\s*)?$");

    private static Optional<Mention> chineseAnaphor(AnnotatedText text, int titleBegin) {
        Matcher m = ANAPHOR_ZH.matcher(text.text()).region(LookBack.from(0, titleBegin, 8), titleBegin);
        if (!m.find() || text.endingAt(m.end("foundation") >= 0 ? m.end("foundation") : m.end("company") >= 0 ? m.end("company")
                : m.end("alliance"), Clauses.ORGANIZATION).isPresent()) {
            return Optional.empty();
        }
        if (m.group("alliance") != null) {
            // "联盟秘书长刘澎" after "中国开源软件推进联盟": the alliance or association named last
            String head = m.group("alliance");
            return text.in(0, m.start(), Clauses.ORGANIZATION).stream()
                    .filter(o -> o.entity().labels().getOrDefault("zh", "").endsWith(head)).reduce((a, b) -> b);
        }
        return antecedent(text, m.start(), m.group("foundation") != null ? "foundation" : "company");
    }

    /** Between the items of a list of titles before a name, and what an item may hold before its title. */
    private static final Pattern TITLE_LIST_SEPARATOR = Pattern.compile("\\s*、\\s*");
    private static final Pattern TITLE_LIST_ITEM = Pattern.compile("[^，,。；;：:、！？!?\\n]{0,40}");
    private static final Pattern SPACES = Pattern.compile("\\s*");

    /**
     * "京东数科高级工程师、Apache ShardingSphere 孵化项目 PPMC 成员赵思齐": the titles a person holds, each with where it is
     * held, listed with 、 before the name; the name follows the last title of the list.
     */
    private static Optional<Mention> afterTitleList(AnnotatedText text, Sentence s, int from) {
        int at = from;
        for (int item = 0; item < 3; item++) {
            Matcher separator = TITLE_LIST_SEPARATOR.matcher(text.text()).region(at, s.end());
            if (!separator.lookingAt()) {
                return Optional.empty();
            }
            int start = separator.end();
            Optional<Titles.Found> next = Titles.findIn(text.text(), start, Math.min(s.end(), start + 48)).stream().findFirst();
            if (next.isEmpty() || !TITLE_LIST_ITEM.matcher(text.text()).region(start, next.get().begin()).matches()
                    || !text.in(start, next.get().begin(), Clauses.PERSON).isEmpty()) {
                return Optional.empty();
            }
            at = next.get().end();
            Matcher spaces = SPACES.matcher(text.text()).region(at, s.end());
            Optional<Mention> person = text.startingAt(spaces.lookingAt() ? spaces.end() : at, Clauses.PERSON);
            if (person.isPresent()) {
                return person;
            }
        }
        return Optional.empty();
    }

    /**
     * "九州云的Kolla core李泽楷", "来自浪潮的Nova core陈晗": the organisation written with "的" before the project a
     * title is held in employs the holder.
     */
    private static Optional<Mention> employerOfProjectRole(AnnotatedText text, Mention project) {
        if (!text.isChinese() || project.entity().kind() != EntityKind.PROJECT) {
            return Optional.empty();
        }
        Matcher of = ORGANIZATION_OF_ZH.matcher(text.text()).region(LookBack.from(0, project.begin(), 4), project.begin());
        return of.find() ? text.endingAt(of.start(), Clauses.ORGANIZATION) : Optional.empty();
    }

    /** A person and those joined to it by 和, 、 or "and": "Kavit 和Roland". */
    private static List<Entity> withCoordinated(AnnotatedText text, Sentence s, Mention first) {
        List<Entity> holders = new ArrayList<>();
        Optional<Mention> next = Optional.of(first);
        while (next.isPresent()) {
            holders.add(next.get().entity());
            // a name running past the sentence's end (the splitter cut through it) has nobody joined after it here
            Matcher joiner = LIST_JOINER.matcher(text.text()).region(Math.min(next.get().end(), s.end()), s.end());
            next = joiner.lookingAt() ? text.startingAt(joiner.end(), Clauses.PERSON) : Optional.empty();
        }
        return holders;
    }

    /** "Qinling项目的PTL", "基金会的董事之一的Kavit 和Roland", "OpenStack的董事". */
    private void targetThenTitle(AnnotatedText text, Sentence s, Titles.Found t, List<Fact> out) {
        Optional<Mention> target = targetBefore(text, s, t);
        if (target.isEmpty() || formerPost(text, s, t.begin())) {
            return;
        }
        List<Entity> holders = new ArrayList<>();
        Matcher after = AFTER_TITLE.matcher(text.text()).region(t.end(), s.end());
        int at = after.lookingAt() ? after.end() : t.end();
        Optional<Mention> next = text.startingAt(at, Clauses.PERSON);
        if (next.isEmpty()) {
            // "Aptira的两位老大、也是基金会的董事之一的Kavit": the holders follow a second description
            Matcher apposition = APPOSITION.matcher(text.text()).region(at, s.end());
            if (apposition.lookingAt()) {
                next = text.startingAt(apposition.end(), Clauses.PERSON);
            }
        }
        if (next.isEmpty()) {
            next = heldBy(text, s, t.end());
        }
        next.ifPresent(first -> holders.addAll(withCoordinated(text, s, first)));
        double confidence = 0.75;
        // "开放源代码促进会(OSI)的理事": the name and its short form in brackets are written as one
        int[] span = withShortForm(text, target.get());
        int targetBegin = span[0];
        String between = text.text().substring(Math.min(span[1], t.begin()), t.begin());
        boolean held = text.isChinese() && (HOLDS_ZH.matcher(text.text())
                .region(LookBack.from(s.begin(), targetBegin, 16), targetBegin).find()
                || AT_BEFORE_ZH.matcher(text.text()).region(LookBack.from(s.begin(), targetBegin, 2), targetBegin).find()
                && SERVES_AS_ZH.matcher(between).matches()
                || THIS_PERSON_ZH.matcher(text.text()).region(LookBack.from(s.begin(), targetBegin, 3), targetBegin).find()
                && between.isBlank());
        if (holders.isEmpty() && text.isChinese() && !POSSESSIVE_GAP.matcher(between).matches() && !held) {
            return; // "基金会首席运营官（COO）": a title whose holder is not the sentence's subject
        }
        if (holders.isEmpty() && t.title().kind() == Titles.Kind.EMPLOYMENT && !held) {
            return; // "启明云网的工程师在展台演示": staff in general, no one in particular
        }
        if (holders.isEmpty()) {
            List<Mention> before = text.in(s.begin(), targetBegin, Clauses.PERSON);
            if (before.isEmpty() && !text.isChinese()) {
                return; // English names its subjects; only Chinese leaves them out
            }
            int clause = Clauses.clauseStart(text.text(), targetBegin, s.begin());
            if (COUNTED_PEOPLE_ZH.matcher(text.text()).region(clause, targetBegin).find()
                    && before.stream().noneMatch(p -> p.begin() >= clause)) {
                // "北辰云的两名工程师目前是Neutron项目的core reviewer": people counted, none named; "他提到团队…，其中一名成员
                // 刚成为该项目的Reviewer": the clause's subject is the one counted, not the person of the clause before
                return;
            }
            if (before.isEmpty() && FIRST_PERSON_ZH.matcher(text.text())
                    .region(Clauses.clauseStart(text.text(), targetBegin, s.begin()), targetBegin).find()) {
                // "我是 Apache Kvrocks 的 PMC 成员": the speaker's title, an interview's voice, else the writer's, not the paragraph's person's
                text.voiceAt(targetBegin).map(InterviewVoices::person).filter(java.util.Objects::nonNull)
                        .ifPresent(v -> add(text, v.entity(), t.title(), target.get().entity(), s, "pattern:voice-de-title", 0.6, out));
                return;
            }
            boolean pronoun = PRONOUN_ZH.matcher(text.text()).region(s.begin(), targetBegin).find();
            // "Greg Kroah-Hartman的演讲座无虚席。这位…": "this person" is the one just spoken of, his talk's speaker too
            boolean thisPerson = THIS_PERSON_ZH.matcher(text.text())
                    .region(LookBack.from(s.begin(), targetBegin, 3), targetBegin).find();
            Optional<Entity> subject = !before.isEmpty() ? Optional.of(before.get(before.size() - 1).entity())
                    : thisPerson ? text.lastIn(Math.max(0, s.begin() - PRONOUN_REACH), s.begin(), Clauses.PERSON).map(Mention::entity)
                    : pronoun ? text.lastPersonReferent(s.begin(), PRONOUN_REACH).map(Mention::entity)
                    : text.topicPerson(s);
            subject.ifPresent(holders::add);
            confidence = before.isEmpty() ? 0.55 : 0.65;
        }
        for (Entity holder : holders) {
            add(text, holder, t.title(), target.get().entity(), s, "pattern:target-de-title", confidence, out);
        }
    }

    /** The span of a target written with its short form in brackets after its name: "开放源代码促进会(OSI)", "CNCF（云原生计算基金会）". */
    private static int[] withShortForm(AnnotatedText text, Mention target) {
        String t = text.text();
        int open = target.begin() - 1;
        if (open > 0 && (t.charAt(open) == '(' || t.charAt(open) == '（') && target.end() < t.length()
                && (t.charAt(target.end()) == ')' || t.charAt(target.end()) == '）')) {
            Optional<Mention> full = text.endingAt(open, m -> m.entity().iri().equals(target.entity().iri()));
            if (full.isPresent()) {
                return new int[]{full.get().begin(), target.end() + 1};
            }
        }
        return new int[]{target.begin(), target.end()};
    }

    /**
     * "基金会的执行董事由Ibrahim Haddad担任", "主席由星瀚智能首席架构师邵景行担任": the holder written after "由", before the verb
     * of holding it, with what describes them between.
     */
    private static Optional<Mention> heldBy(AnnotatedText text, Sentence s, int titleEnd) {
        Matcher by = HELD_BY_ZH.matcher(text.text()).region(titleEnd, s.end());
        if (!text.isChinese() || !by.lookingAt()) {
            return Optional.empty();
        }
        int clauseEnd = Clauses.clauseEnd(text.text(), by.end(), s.end());
        return text.in(by.end(), clauseEnd, Clauses.PERSON).stream()
                .filter(p -> SERVES_AFTER_ZH.matcher(text.text()).region(p.end(), clauseEnd).lookingAt())
                .findFirst();
    }

    /** The organisation or project written just before the title, with at most a few words between. */
    private static Optional<Mention> targetBefore(AnnotatedText text, Sentence s, Titles.Found t) {
        // "江城银行信息科技部总经理": a name read over the first characters of the department that makes the title
        Optional<Mention> straddling = text.lastIn(s.begin(), t.end(), Clauses.ORG_OR_PROJECT)
                .filter(m -> text.isChinese() && m.begin() < t.begin() && m.end() > t.begin()
                        && TitleFunctions.opensFunction(text.text().substring(t.begin(), m.end()))
                        // "the Fedora Project Leader": a project's long name read over the first word of the title
                        || !text.isChinese() && m.begin() < t.begin() && m.end() > t.begin() && m.end() < t.end()
                        && text.text().charAt(m.end()) == ' ');
        if (straddling.isPresent()) {
            return straddling;
        }
        Optional<Mention> maintained = maintainedPart(text, s, t);
        if (maintained.isPresent()) {
            return maintained;
        }
        // from the sentence's start: a long name ("Apache ShardingSphere PMC成员") begins before any fixed window
        Optional<Mention> found = text.lastIn(s.begin(), t.begin(), Clauses.ORG_OR_PROJECT);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Mention last = found.get();
        // "申江银行科技部的DevOps负责人": the function before the rank belongs to the title, not to the gap before it
        int titleBegin = t.begin();
        if (text.isChinese()) {
            TitleFunctions.Composed composed = TitleFunctions.chinese(text.text(), last.end(), t.begin(), t.end(),
                    text.text().substring(t.begin(), t.end()));
            titleBegin = composed == null ? titleBegin : composed.begin();
        }
        String between = text.text().substring(last.end(), Math.max(last.end(), titleBegin));
        boolean close = between.length() <= ORG_GAP && Clauses.sameClause(text.text(), last.end(), t.begin())
                && !between.contains("、") && text.in(last.end(), t.begin(), Clauses.PERSON).isEmpty()
                && (!COUNTED.matcher(between).find() || t.title().kind() == Titles.Kind.LEADER);
        return close ? Optional.of(last) : Optional.empty();
    }

    /**
     * "U-Boot中芯岭平台代码的维护者", "Linux内核里USB子系统的维护者": a maintainer of a part of a project maintains in that
     * project, whatever names the part.
     */
    private static Optional<Mention> maintainedPart(AnnotatedText text, Sentence s, Titles.Found t) {
        if (!text.isChinese() || !t.title().name().equals("Maintainer")) {
            return Optional.empty();
        }
        int clause = Clauses.clauseStart(text.text(), t.begin(), s.begin());
        for (Mention project : text.in(clause, t.begin(), Clauses.PROJECT)) {
            if (PART_OF_PROJECT_ZH.matcher(text.text()).region(project.end(), t.begin()).matches()
                    && text.in(project.end(), t.begin(), Clauses.PERSON).isEmpty()) {
                return Optional.of(project);
            }
        }
        return Optional.empty();
    }

    /** Between a project and "维护者": where in it ("中", "里") and the part, then "的". */
    private static final Pattern PART_OF_PROJECT_ZH = Pattern.compile("\\s*(?:项目)?(?:中|里|内|当中|里面)[^，,。；;、]{1,16}?的\\s*");

    /**
     * Whether the clause marks the post before a title as given up: "前" or "原" right before an organisation, with
     * no one named between it and the title ("原华为2012实验室容器技术团队负责人", "前EasyStack资深工程师"). Not the end of
     * another word: "目前华为的CTO", "还原".
     */
    private static boolean formerPost(AnnotatedText text, Sentence s, int titleBegin) {
        if (!text.isChinese()) {
            return false;
        }
        int from = Clauses.clauseStart(text.text(), titleBegin, s.begin());
        Matcher mark = FORMER_MARK_ZH.matcher(text.text()).region(from, titleBegin);
        while (mark.find()) {
            if (text.startingAt(mark.end(), Clauses.ORGANIZATION).isPresent()
                    && text.in(mark.end(), titleBegin, Clauses.PERSON).isEmpty()
                    && !CURRENT_POST_AFTER_ZH.matcher(text.text()).region(mark.end(), titleBegin).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "前百度技术经理、现任澄明软件研发副总裁": a post said to be held now, after the one given up, ends what "前" marks; so
     * does the next item of a list of posts ("前百度技术经理、澄明软件副总裁").
     */
    private static final Pattern CURRENT_POST_AFTER_ZH = Pattern.compile("现任|现为|现在|目前|如今|、");

    /**
     * "the Cloud Foundry buildpack", "the Tungsten Fabric vRouter", "the Kubernetes Python client": a project's name
     * used to say which part is meant, the part named by the noun after it.
     */
    private static final Pattern PART_NOUN = Pattern.compile("\\s+(?:\\p{Lu}[\\p{L}.+#-]*\\s+)?(?:buildpacks?|plug-?ins?|drivers?|"
            + "subsystems?|modules?|operators?|exporters?|charts?|clients?|librar(?:y|ies)|SDKs?|bindings?|backends?|"
            + "front-?ends?|v?[Rr]outers?|controllers?|agents?|installers?|dashboards?|connectors?|adapters?|extensions?)\\b");

    private static boolean namesAPart(AnnotatedText text, Mention project) {
        return PART_NOUN.matcher(text.text()).region(project.end(), text.text().length()).lookingAt();
    }

    /** Where "maintainer of the Tungsten Fabric vRouter" ends when the title is held in a part of a project, else -1. */
    private static int partEnd(AnnotatedText text, Titles.Found t) {
        Matcher of = OF.matcher(text.text()).region(t.end(), text.text().length());
        if (t.title().kind() != Titles.Kind.COMMUNITY || !of.lookingAt()) {
            return -1;
        }
        return text.startingAt(of.end(), Clauses.PROJECT).map(project -> {
            Matcher part = PART_NOUN.matcher(text.text()).region(project.end(), text.text().length());
            return part.lookingAt() ? part.end() : -1;
        }).orElse(-1);
    }

    /** "CTO of Cisco", "VP of Engineering at Bluepeak Cloud". */
    private static Optional<Mention> ofTarget(AnnotatedText text, Titles.Found t) {
        Matcher of = OF.matcher(text.text()).region(t.end(), text.text().length());
        if (!of.lookingAt()) {
            return signed(text, t);
        }
        Optional<Mention> target = text.startingAt(of.end(), Clauses.ORG_OR_PROJECT);
        if (target.isPresent() && t.title().kind() == Titles.Kind.COMMUNITY && namesAPart(text, target.get())) {
            return Optional.empty(); // "maintainer of the Tungsten Fabric vRouter": a seat in the part, not in the project
        }
        if (target.isPresent() && target.get().entity().kind().isOrganization()) {
            // "a maintainer of the CNCF project Kubeflow": the role is in the project the foundation's name describes
            Matcher project = PROJECT_OF.matcher(text.text()).region(target.get().end(), text.text().length());
            Optional<Mention> named = project.lookingAt() ? text.startingAt(project.end(), Clauses.PROJECT) : Optional.empty();
            if (named.isPresent()) {
                return named;
            }
        }
        if (target.isEmpty() && of.group("the") != null) {
            // "VP of engineering at the Foundation": a description with its article stands for the organisation
            target = text.startingAt(of.start("the"), Clauses.ORG_OR_PROJECT).filter(Mention::anaphoric);
        }
        if (target.isPresent()) {
            return target;
        }
        Matcher based = PLACE_BASED.matcher(text.text()).region(of.end(), text.text().length());
        Optional<Mention> afterPlace = based.lookingAt() ? text.startingAt(based.end(), Clauses.ORGANIZATION) : Optional.empty();
        if (afterPlace.isPresent()) {
            // "chief technology officer of Oregon-based Cascade Telecom": the organisation after where it is based (and
            // when a kind of business follows the place, "at the Lyon-based startup Nuvelia", the description below)
            return afterPlace;
        }
        Matcher department = DEPARTMENT_THEN_AT.matcher(text.text()).region(of.end(), text.text().length());
        if (department.lookingAt()) {
            return text.startingAt(department.end(), Clauses.ORG_OR_PROJECT);
        }
        // "a staff engineer at the Polish logistics firm Kargo Systems": the organisation after its description
        Matcher described = OrganizationDescriptions.BEFORE_NAME.matcher(text.text()).region(of.end(), text.text().length());
        // "CEO of the Montreal cloud provider VEXXHOST": after the place it is in and its business
        Matcher placed = PLACE_DESCRIBED.matcher(text.text()).region(of.end(), text.text().length());
        return (described.lookingAt() ? text.startingAt(described.end(), Clauses.ORGANIZATION) : Optional.<Mention>empty())
                .or(() -> placed.lookingAt() ? text.startingAt(placed.end(), Clauses.ORGANIZATION) : Optional.empty())
                .or(() -> signed(text, t));
    }

    /**
     * "Posted by Odile Marchetti, VP of Engineering, Lanternfish Labs", "— Paul Girard, CTO, Halyard Systems": in a
     * signature the organisation closes the line after the title (and the department it may name).
     */
    private static Optional<Mention> signed(AnnotatedText text, Titles.Found t) {
        Matcher comma = SIGNATURE_COMMA.matcher(text.text()).region(t.end(), text.text().length());
        if (!comma.lookingAt()) {
            return Optional.empty();
        }
        return text.startingAt(comma.end(), Clauses.ORGANIZATION)
                .filter(org -> SIGNATURE_END.matcher(text.text()).region(org.end(), text.text().length()).lookingAt());
    }

    /** A bare title ("CEO Jonathon"): where the reference data says this person holds it. */
    private static Optional<Entity> knownTarget(AnnotatedText text, Entity person, Titles.Title title) {
        return text.knowledge().relatedTo(person.iri()).stream()
                .map(iri -> text.knowledge().entity(iri)).flatMap(Optional::stream)
                .filter(e -> text.knowledge().roleTitles(person.iri(), e.iri()).contains(title.name()))
                .findFirst();
    }

    static void add(AnnotatedText text, Entity person, Titles.Title title, Entity target, Sentence s,
                            String method, double confidence, List<Fact> out) {
        Entity in = title.kind() == Titles.Kind.BOARD && target.kind() == EntityKind.PROJECT
                ? foundationOf(text, target).orElse(target) : target;
        if (title.kind() == Titles.Kind.EMPLOYMENT && CHIEF_OFFICERS.contains(title.name()) || title.kind() == Titles.Kind.FOUNDER) {
            // "ClickHouse联合创始人兼CTO" where the text also names "ClickHouse公司": the company's officer and founder
            in = NamesakeCompany.of(text, in).orElse(in);
        }
        if (title.kind() == Titles.Kind.LEADER) {
            out.add(new Fact(person.iri(), SG.leads, in.iri(), null, s, method, confidence));
            if (in.kind().isOrganization()) {
                out.add(new Fact(person.iri(), SG.worksFor, in.iri(), null, s, method, confidence));
            }
            return;
        }
        out.add(new Fact(person.iri(), SG.hasRole, in.iri(), title.name(), s, method, confidence));
        if (title.kind() == Titles.Kind.EMPLOYMENT && in.kind() == EntityKind.PROJECT) {
            // "Lead Architect for Microsoft Azure": a job on a company's product is a job at the company its name opens with
            ProductMaker.of(text, in).ifPresent(maker -> out.add(new Fact(person.iri(), SG.worksFor, maker.iri(), null, s,
                    method + "+product-maker", confidence * 0.9)));
        }
        if (LEADS_A_GROUP.contains(title.name()) && Clauses.isGroup(in)) {
            // "OpenInfra中国用户组组长", "organiser of the Lagos meetup": the head of a group of people leads it
            out.add(new Fact(person.iri(), SG.leads, in.iri(), null, s, method, confidence));
        }
        // "砺石科技云原生平台部负责人": the head of a company's team is on its staff, the lead of a working group need not be
        // "阿里云容器服务负责人易立", "Linux基金会亚太区战略负责人": so is the head of a team of a foundation or of a cloud
        // provider, both employers; the head of a company's centre ("华为开源能力中心负责人") works for the company, not the centre
        boolean companyLead = title.name().equals("Lead") && (in.kind() == EntityKind.COMPANY
                || in.kind().isOrganization() && in.labels().values().stream().anyMatch(l -> EMPLOYER_NAME.matcher(l.strip()).find()));
        if ((title.kind() == Titles.Kind.EMPLOYMENT || companyLead) && in.kind().isOrganization()) {
            out.add(new Fact(person.iri(), SG.worksFor, in.iri(), null, s, method, confidence));
        }
        if (title.kind() == Titles.Kind.FOUNDER) {
            out.add(new Fact(in.iri(), SG.foundedBy, person.iri(), null, s, method, confidence));
        }
    }

    /** Titles held only in a company, never in a project: a project has no chief officers. */
    private static final java.util.Set<String> CHIEF_OFFICERS = java.util.Set.of("CEO", "CTO", "COO", "CFO", "CIO", "CMO",
            "President", "VP", "General Manager");

    /** Boards belong to organisations: "OpenStack的董事" sits on the board of the OpenStack Foundation. */
    private static Optional<Entity> foundationOf(AnnotatedText text, Entity project) {
        return text.knowledge().organizationLabelled(project.label("en") + " Foundation");
    }
}
