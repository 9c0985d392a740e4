package org.summitgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese personal names the recogniser misses where the words before them say a person follows: a byline
 * ("记者：冯可欣", "（编辑：何静）"), or a colleague ("他和同事苏晓彤", "前同事李哲", "搭档王一凡").
 */
final class BylineNameFinder implements MentionFinder {

    static final String METHOD = "pattern:person-byline-or-colleague";
    private static final Pattern COLLEAGUE = Pattern.compile("(?:前同事|老同事|同事|搭档|队友|师兄|师姐|师弟|师妹)");
    /** After a two-character name: what ends it, so that "同事说话" is not read as Mr Shuo. */
    private static final Pattern SHORT_NAME_END = Pattern.compile("[\\s)）,，。;；、:：!！?？]|$|他|她|现在|目前|一起|也|和|说|告诉|带来|负责");

    @Override
    public List<Mention> find(ArticleText article) {
        if (!article.article().isChinese()) {
            return List.of();
        }
        String text = article.text();
        List<Mention> out = new ArrayList<>();
        for (Bylines.Byline b : Bylines.find(text)) {
            out.add(mention(b.begin(), b.name(), 0.7));
        }
        Matcher m = COLLEAGUE.matcher(text);
        while (m.find()) {
            String name = ChineseNames.nameAt(text, m.end());
            if (name != null && (name.length() >= 3
                    || SHORT_NAME_END.matcher(text).region(m.end() + name.length(), text.length()).lookingAt())) {
                out.add(mention(m.end(), name, 0.6));
            }
        }
        return out;
    }

    private static Mention mention(int begin, String name, double confidence) {
        return new Mention(begin, begin + name.length(), name, NewEntities.of(EntityKind.PERSON, name), METHOD, confidence);
    }
}
