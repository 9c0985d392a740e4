package org.summitgraph.extraction;

import org.summitgraph.vocab.SG;

import org.summitgraph.article.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The extraction pipeline: names found by every finder, overlaps settled, short names tied to full ones, the
 * article's summit and publisher chosen, awards named after that summit, then statements found by every
 * relation finder. Pure: reads the article and the reference knowledge, writes nothing.
 */
public final class Extractor {

    private final ReferenceKnowledge knowledge;
    private final List<MentionFinder> finders;
    private final AwardFinder awards = new AwardFinder();
    private final ListItemFinder lists = new ListItemFinder();
    private final ProjectListFinder projectLists = new ProjectListFinder();
    private final PersonAfterOrganizationFinder peopleAfterOrganizations = new PersonAfterOrganizationFinder();
    private final UnitNameFinder units = new UnitNameFinder();
    private final SummitAttributeFinder summitAttributes = new SummitAttributeFinder();
    private final List<RelationFinder> relationFinders;
    private final NameMatcher publisherNames = new NameMatcher();
    private final MakerNames makers;

    public Extractor(ReferenceKnowledge knowledge, List<MentionFinder> finders, List<RelationFinder> relationFinders) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.finders = List.copyOf(finders);
        this.relationFinders = List.copyOf(relationFinders);
        this.makers = new MakerNames(knowledge);
        knowledge.names().forEach(n -> publisherNames.add(n.text(), n.entityIri()));
    }

    /** The extractor with every finder this project has, over the given knowledge. */
    public static Extractor standard(ReferenceKnowledge knowledge) {
        return standard(knowledge, rules -> List.of(new org.summitgraph.extraction.model.ModelRelationFinder(rules,
                org.summitgraph.extraction.model.RelationModel.shipped())));
    }

    /**
     * The extractor with every finder this project has, its relation rules handed to {@code relations} first:
     * {@code rules -> rules} gives the rules alone, the default wraps them with the learned relation model.
     */
    public static Extractor standard(ReferenceKnowledge knowledge,
                                     java.util.function.UnaryOperator<List<RelationFinder>> relations) {
        LatinPersonFinder latinPersons = LatinPersonFinder.withBundledNames(knowledge);
        return new Extractor(knowledge,
                List.of(new DictionaryFinder(knowledge), new ContextAliasFinder(knowledge), new SummitFinder(knowledge), new GatheringFinder(knowledge),
                        new ChinesePersonFinder(),
                        latinPersons, new EnglishPersonContextFinder(knowledge), new OrganizationPatternFinder(knowledge), new ChineseGroupNameFinder(knowledge), new ChineseCommunityBodyFinder(), new ChineseOrganizingCommitteeFinder(knowledge), new ChineseFoundationNameFinder(knowledge), new CommunitySigFinder(knowledge), new ChineseColumnNameFinder(), new ChineseCompanyFinder(), new RenamedOrganizationFinder(knowledge), new RegionalBranchFinder(knowledge),
                        new LatinOrganizationContextFinder(knowledge, latinPersons::isGivenName, latinPersons::isCoreGivenName),
                        new ShortFormFinder(knowledge), new SharedPrefixListFinder(knowledge), new BylineNameFinder(), new ProjectPatternFinder(), new ProductNameFinder(),
                        new ProjectSlotFinder(latinPersons::isGivenName, knowledge), new PlacePatternFinder(knowledge),
                        new PlaceGazetteerFinder(knowledge, latinPersons::isGivenName),
                        new DescribedOrganizationFinder(knowledge, latinPersons::isGivenName), new EventNameFinder(knowledge), new EnglishGroupNameFinder(), new PlaceCommunityFinder(), new ParentGroupFinder(),
                        new DatedEventNameFinder(knowledge), new QuotedEventNameFinder(knowledge), new ChineseSlotNameFinder(knowledge), ChinesePlaceFinder.bundled(),
                        new DescribedOrganizationChineseFinder()),
                relations.apply(RelationFinders.all()));
    }

    public Extraction extract(Article article) {
        ArticleText split = ArticleText.of(article);
        List<Mention> candidates = new ArrayList<>();
        for (MentionFinder finder : finders) {
            candidates.addAll(FinderFailures.found(finder, article.id(), () -> finder.find(split)));
        }
        List<Mention> chosen = MentionSelector.select(Venues.without(split.text(),
                DescribedKinds.without(split.text(), PlacesInOtherNames.without(split.text(), CommaPlaceLabels.split(candidates)))));
        chosen.addAll(lists.find(split, chosen));
        chosen.addAll(peopleAfterOrganizations.find(split, chosen));
        chosen.addAll(units.find(split, chosen));
        List<Mention> mentions = projectLists.added(split, MentionSelector.propagate(split.text(), MentionSelector.select(chosen)));
        mentions = AliasResolver.resolve(mentions, knowledge);
        mentions = withoutUnsupportedShortNames(split.text(), mentions);
        mentions = BrandedShortNames.resolve(split.text(), mentions);
        mentions = makers.resolve(split.text(), mentions);
        Entity about = about(split, mentions, knowledge);
        if (about == null) {
            about = titleEvent(article).orElse(null);
        }
        List<Mention> withAwards = new ArrayList<>(mentions);
        List<Mention> awardNames = new ArrayList<>(awards.find(split, about, knowledge, mentions));
        awardNames.addAll(ChineseAwardNames.find(split, about, mentions));
        awardNames.addAll(EnglishAwardNames.find(split, about, mentions));
        for (Mention award : awardNames) {
            // "CNCF Top End User Award", "“中国开源先锋33人”": a name inside the award's gives way to it
            withAwards.removeIf(m -> m.entity().kind() != EntityKind.AWARD && m.begin() >= award.begin() && m.end() <= award.end()
                    && m.length() < award.length());
            if (withAwards.stream().noneMatch(award::overlaps)) {
                withAwards.add(award);
            }
        }
        withAwards.sort(Comparator.comparingInt(Mention::begin));
        // the relation rules read a sentence's mentions and around them: a name the splitter cut through joins its sentences
        ArticleText text = split.joinedAcross(withAwards);
        Entity publisher = publisher(article, withAwards);
        Optional<Entity> voice = FirstPersonOrganization.in(text.text(), withAwards);
        if (publisher == null) {
            publisher = voice.orElse(null);
        }
        // pronouns and descriptions ("he", "the company", "该公司") are mentions for the relation finders only: they
        // give the entity no name and no count, so the article's mentions stay without them
        List<Mention> withAnaphors = new ArrayList<>(withAwards);
        withAnaphors.addAll(Anaphora.resolve(text, withAwards));
        // "我们云岫科技这两年…" on a blog site: "we" is the writer's organisation, whoever hosts the page
        AnnotatedText annotated = new AnnotatedText(text, withAnaphors, about, knowledge, voice.orElse(publisher), voice.orElse(null));
        // one fact per statement and sentence: several sentences saying the same thing are all evidence
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (RelationFinder finder : relationFinders) {
            for (Fact found : FinderFailures.found(finder, article.id(), () -> finder.find(annotated))) {
                Fact fact = Releases.credited(Anaphora.marked(found, annotated), annotated);
                if (!fact.subject().equals(fact.object())) {
                    facts.merge(fact.key() + " @" + fact.sentence().index(), fact,
                            (a, b) -> a.confidence() >= b.confidence() ? a : b);
                }
            }
        }
        SectionEvents.retarget(annotated, facts);
        CountryBeforeCity.drop(annotated, facts);
        withoutContradictions(facts);
        DeniedRumours.drop(annotated, facts);
        CalledOffAttendance.drop(annotated, facts);
        SpeakersAttendance.drop(facts);
        BodyMemberTitles.named(annotated, facts);
        Map<String, Entity> entities = new LinkedHashMap<>();
        withAwards.forEach(m -> entities.putIfAbsent(m.entity().iri(), m.entity()));
        if (about != null) {
            entities.putIfAbsent(about.iri(), about);
        }
        if (publisher != null) {
            entities.putIfAbsent(publisher.iri(), publisher);
        }
        // a statement may name an entity only the reference data knows ("百度" inside "百度智能云"): the article
        // graph must then describe it too, or the statement goes
        List<Fact> kept = new ArrayList<>();
        for (Fact f : facts.values()) {
            if (describable(f.subject(), entities) && describable(f.object(), entities)) {
                kept.add(f);
            }
        }
        List<Attribute> attributes = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Attribute a : summitAttributes.find(annotated)) {
            if (entities.containsKey(a.subject()) && seen.add(a.subject() + a.predicate() + a.value() + "@" + a.sentence().index())) {
                attributes.add(a);
            }
        }
        withoutPassingCountries(entities, kept);
        return new Extraction(article, text.sentences(), withAwards, entities, kept, attributes, about, publisher);
    }

    /**
     * A country or region named in passing ("国内用户", "across Asia") stays marked in the text, but the article is
     * not about it unless a statement ties something to it ("在新西兰Catalyst"): that is how the hand-made answers
     * read such names, and it keeps the article's list of entities to the community it reports on.
     */
    private void withoutPassingCountries(Map<String, Entity> entities, List<Fact> facts) {
        java.util.Set<String> related = new java.util.HashSet<>();
        facts.forEach(f -> {
            related.add(f.subject());
            related.add(f.object());
        });
        entities.values().removeIf(e -> e.kind() == EntityKind.PLACE && e.known() && !knowledge.isInside(e.iri())
                && !related.contains(e.iri()));
    }

    /**
     * A sentence that says someone formerly worked somewhere does not also say they work there now ("a former Red
     * Hat engineer" matches both the cue "former" and "engineer at"): the more specific reading wins.
     */
    private static void withoutContradictions(Map<String, Fact> facts) {
        java.util.Set<String> former = new java.util.HashSet<>();
        for (Fact f : facts.values()) {
            if (f.predicate().equals(SG.formerlyWorkedFor)) {
                former.add(f.subject() + " " + f.object() + " @" + f.sentence().index());
            }
        }
        // "由前阿里云工程师林启航创立": a title held before is no present role either
        facts.values().removeIf(f -> (f.predicate().equals(SG.worksFor) || f.predicate().equals(SG.hasRole))
                && former.contains(f.subject() + " " + f.object() + " @" + f.sentence().index()));
    }

    /**
     * "基金会" stands for the OpenStack Foundation only in an article that writes "OpenStack": a name that is the
     * tail of the entity's full name needs the rest of that name somewhere in the text.
     */
    private static List<Mention> withoutUnsupportedShortNames(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            boolean unsupported = m.method().startsWith(DictionaryFinder.METHOD) && m.entity().labels().values().stream()
                    .anyMatch(label -> label.length() > m.surface().length() && label.endsWith(m.surface())
                            && !isWholeLatinName(label, m.surface())
                            && !text.contains(label.substring(0, label.length() - m.surface().length()).strip()));
            boolean supportedElsewhere = mentions.stream().anyMatch(o -> o != m && o.entity().iri().equals(m.entity().iri())
                    && o.surface().length() > m.surface().length());
            if (!unsupported || supportedElsewhere) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * "Mesos" for Apache Mesos, "EKS" for Amazon EKS, "OpenShift" for Red Hat OpenShift: a Latin name that is a whole
     * word of the full name stands alone in real prose, unlike a generic tail such as "基金会".
     */
    private static boolean isWholeLatinName(String label, String surface) {
        return label.charAt(label.length() - surface.length() - 1) == ' '
                && surface.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN)
                && Character.isUpperCase(surface.codePointAt(0));
    }

    private boolean describable(String iri, Map<String, Entity> entities) {
        if (entities.containsKey(iri)) {
            return true;
        }
        return knowledge.entity(iri).map(e -> entities.put(iri, e) == null).orElse(false);
    }

    /**
     * The summit the article reports on: the one its title names; else the one it names most often, the first one
     * it names counting twice, the one nearest the publication date on a tie.
     */
    private static Entity about(ArticleText text, List<Mention> mentions, ReferenceKnowledge knowledge) {
        int titleEnd = text.text().indexOf(text.article().title());
        titleEnd = titleEnd < 0 ? -1 : titleEnd + text.article().title().length();
        for (Mention m : mentions) {
            if (m.entity().kind() == EntityKind.SUMMIT && m.end() <= titleEnd) {
                return m.entity();
            }
        }
        // a title kept in the header only ("my FOSDEM 2024 diary", "一名本科生眼中的COSCon'23"): the summit whose name,
        // as the text writes it, the title holds; the longest such name. A known series without its year ("日本开源峰会",
        // "KubeCon") in a title says nothing of the edition the text meant by it
        String title = TextFold.fold(text.article().title());
        Optional<Mention> inTitle = mentions.stream().filter(m -> m.entity().kind() == EntityKind.SUMMIT && m.length() >= 4
                        && (!m.entity().known() || m.surface().matches(".*\\d.*")) && title.contains(TextFold.fold(m.surface())))
                .max(Comparator.comparingInt(Mention::length));
        if (inTitle.isPresent()) {
            return inTitle.get().entity();
        }
        Optional<Entity> ofTitleCity = heldInTitleCity(title, mentions, knowledge);
        if (ofTitleCity.isPresent()) {
            return RecentEdition.insteadOfOld(ofTitleCity.get(), mentions, knowledge, text.article().datePublished());
        }
        Map<String, Long> counts = new HashMap<>();
        Map<String, Entity> byIri = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (Mention m : mentions) {
            if (m.entity().kind() == EntityKind.SUMMIT) {
                // a report opens on its event: the summit named first counts once more than the others
                counts.merge(m.entity().iri(), first.isEmpty() ? 2L : 1L, Long::sum);
                byIri.put(m.entity().iri(), m.entity());
                first.putIfAbsent(m.entity().iri(), m.begin());
            }
        }
        // on a tie, an edition of the article's time (or one the reference data has no date for) before an old one the
        // text looks back on ("five years of Chinese money at the OpenStack summits"); then the one the text names first:
        // a report opens on its event ("OpenSSF Day North America took over a ballroom ..., the day before Open Source
        // Summit North America opened", "我去成都参加了KCD Chengdu 2024" before "比起动辄上万人的KubeCon")
        java.time.LocalDate published = text.article().datePublished();
        Comparator<String> ofItsTime = Comparator.comparing(iri -> ofItsTime(knowledge.startOf(iri), published));
        Comparator<String> earliest = Comparator.comparingInt(iri -> -first.get(iri));
        Optional<String> most = counts.keySet().stream()
                .max(Comparator.<String>comparingLong(counts::get).thenComparing(ofItsTime).thenComparing(earliest));
        // "Live: State of Open Con 2024, day one keynotes" with FOSDEM 2024 named once in passing: the title names the
        // edition the article reports on, one the finders did not know, and a summit the text hardly names is not it
        if (most.isPresent() && counts.get(most.get()) <= 2 && namesAnotherEdition(text.article().title(), most.get(), mentions)) {
            return null;
        }
        return most.map(byIri::get).map(e -> RecentEdition.insteadOfOld(e, mentions, knowledge, published)).orElse(null);
    }

    /**
     * Whether the title names an edition by a name none of the summit's mentions holds, in full or as the initials of
     * its words: "OSFC 2019" in a title names the Open Source Firmware Conference 2019 the text writes out.
     */
    private static boolean namesAnotherEdition(String title, String summitIri, List<Mention> mentions) {
        java.util.regex.Matcher edition = TITLE_EDITION.matcher(title);
        while (edition.find()) {
            String name = TextFold.fold(edition.group("name"));
            boolean its = mentions.stream().filter(m -> m.entity().iri().equals(summitIri)).map(Mention::surface)
                    .anyMatch(surface -> TextFold.fold(surface).contains(name) || initials(surface).equals(name));
            if (!its) {
                return true;
            }
        }
        return false;
    }

    /** The first letters of a name's words, folded: "Open Source Firmware Conference 2019" gives "osfc". */
    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                out.append(word.charAt(0));
            }
        }
        return TextFold.fold(out.toString());
    }

    /** A name and a year written together, as an edition is named ("FOSS Backstage 2024", "QCon北京2023"), not a month's. */
    private static final java.util.regex.Pattern TITLE_EDITION = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\d])(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b)(?<name>\\p{Lu}\\p{L}[\\p{L}\\d.&+'’-]*)"
                    + "(?:\\s*\\p{IsHan}{2,4})?\\s*(?:20|['’])[0-4]\\d(?!\\d)");

    /**
     * "OpenStack Foundation makes its summit debut in San Diego", "Live from the summit in Portland": a title that names
     * no summit but a city names the edition the text mentions that was held there, however often the text looks ahead
     * to the next one ("the Portland summit"). Only when exactly one mentioned edition was held in a city of the title.
     */
    private static Optional<Entity> heldInTitleCity(String foldedTitle, List<Mention> mentions, ReferenceKnowledge knowledge) {
        java.util.Set<String> titleCities = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.entity().kind() == EntityKind.PLACE && m.length() >= 2 && foldedTitle.contains(TextFold.fold(m.surface()))) {
                titleCities.add(m.entity().iri());
            }
        }
        java.util.Set<String> heldThere = new java.util.HashSet<>();
        for (String city : titleCities) {
            knowledge.summitsIn(city).forEach(s -> heldThere.add(s.entity().iri()));
        }
        List<Entity> candidates = mentions.stream().map(Mention::entity).filter(e -> e.kind() == EntityKind.SUMMIT)
                .filter(e -> heldThere.contains(e.iri())).distinct().toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /**
     * "Notes from Fernleaf Summit 2025" over a text that calls it only "the conference" or "本届大会": the event a title
     * kept apart from the text names, read by the event finders alone, is the article's event. Tried only when the text
     * names no event, so it costs nothing elsewhere.
     */
    private Optional<Entity> titleEvent(Article article) {
        String title = article.title();
        if (title.isBlank() || article.text().startsWith(title)) {
            return Optional.empty();
        }
        ArticleText titleOnly = ArticleText.of(new Article(article.id(), title, null, article.datePublished(), article.language(),
                null, title, null));
        return finders.stream().filter(f -> f instanceof SummitFinder || f instanceof EventNameFinder
                        || f instanceof DatedEventNameFinder || f instanceof DictionaryFinder)
                .flatMap(f -> f.find(titleOnly).stream()).filter(m -> m.entity().kind() == EntityKind.SUMMIT)
                .max(Comparator.comparingInt(Mention::length)).map(Mention::entity);
    }

    /** Whether a summit that starts then may be the one an article published then reports on: within a year either side. */
    private static boolean ofItsTime(java.time.LocalDate start, java.time.LocalDate published) {
        return start == null || published == null || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(start, published)) <= 365;
    }

    private static final java.util.regex.Pattern BILINGUAL_NAME = java.util.regex.Pattern.compile(
            "(\\p{IsHan}{2,12})\\s+\\p{IsLatin}[\\p{IsLatin}\\d .&-]*");

    private Entity publisher(Article article, List<Mention> mentions) {
        if (article.publisherName() == null) {
            return null;
        }
        String name = article.publisherName().strip();
        // "Saltgrass Analytics Engineering Blog" is Saltgrass Analytics' own: the organisation the article names (with
        // the kind the text gives it: a company's "we" is the company); "北京星河云栈科技有限公司" in the copyright line is
        // the "星河云栈" the article writes
        String registered = MentionSelector.registeredShortForm(name);
        Optional<Entity> owner = mentions.stream().map(Mention::entity).filter(e -> e.kind().isOrganization())
                .filter(e -> e.labels().values().stream().anyMatch(l -> l.equalsIgnoreCase(name) || l.equals(registered) || l.length() >= 4
                        && l.length() < name.length() && name.startsWith(l) && !Character.isLetterOrDigit(name.charAt(l.length()))))
                .max(Comparator.comparingInt(e -> e.label("en").length()));
        if (owner.isPresent()) {
            return owner.get();
        }
        // "Copyright © 2018 林小溪" on a personal blog: the writer the article names holds the copyright, no organisation
        if (TextFold.isHan(name.charAt(0)) && mentions.stream().map(Mention::entity).anyMatch(e -> e.kind() == EntityKind.PERSON
                && e.labels().values().stream().anyMatch(l -> l.equals(name)))) {
            return null;
        }
        List<Entity> known = publisherNames.findAll(name).stream()
                .filter(m -> m.begin() == 0 && m.end() == name.length())
                .flatMap(m -> m.keys().stream()).map(knowledge::entity).flatMap(java.util.Optional::stream)
                .toList();
        if (!known.isEmpty() && known.stream().noneMatch(e -> e.kind().isOrganization())) {
            return null; // "Kubernetes Podcast": a show named after a project is published by someone else
        }
        // "极客前线 GeekFront", as a site's header writes it: the Chinese name, the Latin one being its translation
        java.util.regex.Matcher bilingual = BILINGUAL_NAME.matcher(name);
        String own = bilingual.matches() ? bilingual.group(1) : name;
        return known.stream().filter(e -> e.kind().isOrganization()).findFirst()
                .orElseGet(() -> NewEntities.of(EntityKind.ORGANIZATION, own));
    }
}
