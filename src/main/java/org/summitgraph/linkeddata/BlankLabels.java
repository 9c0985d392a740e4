package org.summitgraph.linkeddata;

/** Blank node labels made safe for every syntax (letters and digits only, still one-to-one). */
final class BlankLabels {

    private BlankLabels() {
    }

    static String safe(String label) {
        StringBuilder b = new StringBuilder("b");
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                b.append(c);
            } else {
                b.append('_').append(Integer.toHexString(c)).append('_');
            }
        }
        return b.toString();
    }
}
