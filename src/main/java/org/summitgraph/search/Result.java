package org.summitgraph.search;

/**
 * A search result as a reader sees it.
 *
 * @param type the class it is shown as (Person, Organization, ...), for the type's name in the reader's language
 * @param name its name in the reader's language when there is one
 * @param nameLanguage that name's language tag, "" when it has none
 * @param alias the name that matched when it is not {@code name} or {@code other} (e.g. 银联 for 中国银联), else null
 * @param other its name in the other language when that differs, else null
 * @param href its page here
 */
record Result(String type, String name, String nameLanguage, String alias, String aliasLanguage, String other,
              String otherLanguage, String href) {
}
