package org.summitgraph.web;

import java.util.List;
import java.util.Locale;

/** The languages the interface is written in, and how any requested locale maps onto one of them. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.CHINESE;
    public static final List<Locale> ALL = List.of(ENGLISH, CHINESE);

    private Languages() {
    }

    /** Chinese for every {@code zh} variant (zh-CN, zh-TW, zh-Hans ...), English for everything else. */
    public static Locale supported(Locale requested) {
        if (requested != null && "zh".equals(requested.getLanguage())) {
            return CHINESE;
        }
        return ENGLISH;
    }
}
