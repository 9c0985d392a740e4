package org.summitgraph.article;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines a news site puts around every article (navigation, greetings, sharing, copyright)
 * and the publisher's name that such lines often carry.
 */
final class Boilerplate {

    /** One link of a sharing bar: "Twitter", "Google+", "Copy link", "X". */
    private static final String SHARE_ITEM = "[\\p{L}+.]+(?: [\\p{L}+.]+)?";

    private static final List<Pattern> LINES = List.of(
            Pattern.compile("^(加入收藏|设为首页|收藏本站|网站首页|首页|返回首页|返回顶部|返回列表|打印本页|关闭窗口|分享到[:：]?.*)$"),
            Pattern.compile("^(您好|你好)[,，]?\\s*欢迎(访问|来到|光临).*$"),
            Pattern.compile("^欢迎(访问|来到|光临).*(官网|网站|官方网站)[!！。]?$"),
            Pattern.compile("^(当前位置|您的位置|你的位置|所在位置|位置)\\s*[:：].*$"),
            Pattern.compile("^(上一篇|下一篇|上一条|下一条|相关阅读|相关文章|责任编辑|来源|浏览次数|点击数|阅读数)\\s*[:：].*$"),
            Pattern.compile("^(版权所有|Copyright|©|\\(c\\)\\s*\\d{4}).*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(Skip to (main )?content|Share this( article)?|Share on .*|Print this page|Back to top|"
                    + "Home|Menu|Search|Subscribe|Sign in|Log in|Tweet)$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(Home|首页)\\s*[>»/›].*$"),
            // "Share: Twitter | LinkedIn | Facebook | Email": the sharing bar names networks, not companies the article
            // speaks of; only a list of short items follows, so "Share: the stock rose 4 %" stays
            Pattern.compile("^Share(?: this(?: article| post| story| page)?)?\\s*[:：]\\s*" + SHARE_ITEM
                    + "(?:\\s*(?:[|·•/,]|\\s{2})\\s*" + SHARE_ITEM + ")+$", Pattern.CASE_INSENSITIVE));

    private static final List<Pattern> PUBLISHER = List.of(
            Pattern.compile("欢迎(?:访问|来到|光临)\\s*(.{2,30}?)\\s*(?:官网|官方网站|网站)"),
            // "来源：开源观察", "来源:星衡数科官方微信公众号": a site's line for where the piece comes from; "来源：网络" names nobody
            Pattern.compile("^(?:文章|本文)?来源\\s*[:：]\\s*(?!(?:网络|互联网|网友|本站|原创|综合)\\s*$)([\\p{IsHan}A-Za-z0-9][\\p{IsHan}A-Za-z0-9 .&-]{1,20}?)"
                    + "\\s*(?:" + Mastheads.CHANNEL_ZH + ")?\\s*$"),
            // the years are taken whole (possessive), so that "Copyright 2018" names no publisher rather than
            // "2018"; "All rights reserved" and the ICP licence number after the name are not part of it
            // a footer goes on after the name with links ("© 2019 The Linux Foundation | Privacy Policy | Terms of Use")
            // "(c) 2019 The Patch Queue.": the sign written with a letter opens the line only before a year
            Pattern.compile("^(?:版权所有|Copyright|(?=©)|(?=\\(c\\)\\s*\\d{4}))\\s*+(?:©|\\(c\\))?+\\s*+(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?+\\s*+"
                    + "([\\p{L}\\p{N}][^|｜·]{1,39}?)"
                    // "© 2018 云途网 未经授权禁止转载", "© 2020 知乎 京ICP证110745号": a reprint notice or a licence of either kind
                    + "(?:[\\s.,，。]*(?:All rights reserved|版权所有|未经(?:授权|许可)[,，]?\\s*(?:禁止|不得|严禁)转载.*|\\S?ICP[备证].*))*"
                    // "© 2021 Kube Kettle. Music by Lowtide Audio.": a sentence after the name is the footer's next credit;
                    // "© 2021 极客速递 版权所有   关于我们 | 联系我们": after the rights the footer's links begin, whatever their first
                    + "(?:[\\s.。]*[|｜·].*|\\.\\s+\\p{Lu}\\p{L}+\\s.*|[\\s.。]*|(?<=All rights reserved|版权所有)[\\s.。]+\\S.*)$",
                    Pattern.CASE_INSENSITIVE));

    /** "Inc", ", Inc.", "Pte. Ltd", "GmbH" at the end of a company's name in a footer. */
    private static final Pattern LEGAL_FORM = Pattern.compile("(?<=\\p{L})[\\s,]+(?:Inc|Ltd|LLC|Corp|Corporation|GmbH|AG|"
            + "(?:Pte|Pty|Co)\\.?,?\\s*Ltd|Limited|S\\.A|B\\.V)\\.?$");

    private Boilerplate() {
    }

    /** A menu: "Home | News | Events | About", "首页 | 新闻 | 活动 | 关于我们". A byline ("By …", "文 | 张三") is none. */
    private static final Pattern MENU_ITEM = Pattern.compile("(?:[A-Za-z&'-]+(?: [A-Za-z&'-]+){0,2}|[\\p{IsHan}]{1,6})");
    private static final Pattern NOT_MENU = Pattern.compile("^(?:By|Posted|Published|文|作者|来源|原创|编辑|记者)\\b|^(?:文|作者|来源|原创|编辑|记者)");
    private static final int MENU_ITEMS = 3;

    static boolean isMenu(String line) {
        String[] items = line.strip().split("\\s*[|｜]\\s*");
        if (items.length < MENU_ITEMS || NOT_MENU.matcher(line.strip()).find()) {
            return false;
        }
        for (String item : items) {
            if (!MENU_ITEM.matcher(item).matches()) {
                return false;
            }
        }
        return true;
    }

    static boolean isBoilerplate(String line) {
        String s = line.strip();
        if (isMenu(s)) {
            return true;
        }
        for (Pattern p : LINES) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }

    static Optional<String> publisherIn(String line) {
        String s = line.strip();
        for (Pattern p : PUBLISHER) {
            Matcher m = p.matcher(s);
            if (m.find() && !m.group(1).isBlank()) {
                // "© 2022 PR Wirehouse Inc. Terms of Use": the company the article names ("PR Wirehouse"), without the
                // legal form a footer adds, which would keep the publisher apart from it
                return Optional.of(LEGAL_FORM.matcher(m.group(1).strip()).replaceFirst(""));
            }
        }
        return Optional.empty();
    }
}
