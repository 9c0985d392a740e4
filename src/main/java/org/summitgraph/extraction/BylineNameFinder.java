package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Chinese personal names the recogniser misses where the words before them say a person follows: a byline
 * ("记者：冯可欣", "（编辑：何静）"), or a colleague ("他和同事苏晓彤", "前同事李哲", "搭档王一凡"). In English, the
 * byline under the headline names the writer and often the publication ("By Marina Costa, Open Source Digest ·"), which
 * a name list alone would miss ("Posted on August 23, 2019 by Stavros Kalogeropoulos").
 */
final class BylineNameFinder implements MentionFinder {

    static final String METHOD = "pattern:person-byline-or-colleague";
    private static final Pattern COLLEAGUE = Pattern.compile("(?:前同事|老同事|同事|搭档|队友|师兄|师姐|师弟|师妹)");
    /** Searched only where a match can begin: the plain loop tried the pattern at every position. */
    private static final QuickFind COLLEAGUES = new QuickFind(COLLEAGUE);
    /** After a two-character name: what ends it, so that "同事说话" is not read as Mr Shuo. */
    private static final Pattern SHORT_NAME_END = Pattern.compile("[\\s)）,，。;；、:：!！?？—]|$|他|她|现在|目前|一起|也|和|说|告诉|带来|负责");

    @Override
    public List<Mention> find(ArticleText article) {
        if (!article.article().isChinese()) {
            return english(article.text());
        }
        String text = article.text();
        List<Mention> out = new ArrayList<>();
        for (Bylines.Byline b : Bylines.find(text)) {
            out.add(mention(b.begin(), b.name(), 0.7));
        }
        QuickFind.Matches m = COLLEAGUES.in(text);
        while (m.find()) {
            String name = ChineseNames.nameAt(text, m.end());
            if (name == null) {
                name = nickname(text, m.end());
            }
            if (name != null && (name.length() >= 3
                    || SHORT_NAME_END.matcher(text).region(m.end() + name.length(), text.length()).lookingAt())) {
                out.add(mention(m.end(), name, 0.6));
            }
        }
        return out;
    }

    /**
     * "前同事阿杰", "同事老邓": what colleagues call each other, "阿" before a given name or "老"/"小" before a surname. A
     * word that merely starts the same way ("同事阿里的", "同事小组") is none.
     */
    private static String nickname(String text, int at) {
        if (at + 2 > text.length()) {
            return null;
        }
        char first = text.charAt(at);
        boolean nick = first == '阿' && Character.UnicodeScript.of(text.charAt(at + 1)) == Character.UnicodeScript.HAN
                && !NOT_NICKNAMES.contains(text.substring(at, at + 2))
                || (first == '老' || first == '小') && ChineseNames.surnameLength(text, at + 1) == 1;
        return nick && SHORT_NAME_END.matcher(text).region(at + 2, text.length()).lookingAt() ? text.substring(at, at + 2) : null;
    }

    private static final java.util.Set<String> NOT_NICKNAMES = java.util.Set.of("阿里", "阿姨", "阿婆", "阿公", "阿伯");

    private static List<Mention> english(String text) {
        List<Mention> out = new ArrayList<>();
        for (EnglishBylines.Byline b : EnglishBylines.find(text)) {
            out.add(mention(b.nameBegin(), b.name(), 0.7));
            if (b.namesPublication()) {
                out.add(new Mention(b.publicationBegin(), b.publicationBegin() + b.publication().length(), b.publication(),
                        NewEntities.of(EntityKind.ORGANIZATION, b.publication()), METHOD, 0.6));
            }
        }
        return out;
    }

    private static Mention mention(int begin, String name, double confidence) {
        return new Mention(begin, begin + name.length(), name, NewEntities.of(EntityKind.PERSON, name), METHOD, confidence);
    }
}
