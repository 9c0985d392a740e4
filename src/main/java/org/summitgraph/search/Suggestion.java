package org.summitgraph.search;

/**
 * One type-ahead suggestion, as JSON.
 *
 * @param label the name in the reader's language
 * @param type the type's name in the reader's language
 * @param href its page here
 * @param match the name that matched (an alias, the other language's name, or the label itself)
 */
record Suggestion(String label, String type, String href, String match) {
}
