package org.summitgraph.generator;

/** The language an article is written in, with the code its file name and header use. */
enum Lang {
    EN("en"), ZH("zh");

    final String code;

    Lang(String code) {
        this.code = code;
    }
}
