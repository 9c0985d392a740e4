package org.summitgraph.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns bytes into text, refusing what is not UTF-8 text rather than guessing. */
final class TextDecoder {

    private TextDecoder() {
    }

    static String decode(byte[] bytes, long maxBytes) {
        if (bytes.length == 0) {
            throw new InvalidArticleException(InvalidArticleException.Reason.EMPTY, "The article is empty.");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidArticleException(InvalidArticleException.Reason.TOO_LARGE,
                    "The article is " + bytes.length + " bytes; at most " + maxBytes + " are accepted.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException(InvalidArticleException.Reason.NOT_TEXT,
                    "The article is not valid UTF-8 text.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (looksBinary(text)) {
            throw new InvalidArticleException(InvalidArticleException.Reason.NOT_TEXT,
                    "The article looks like binary data, not text.");
        }
        if (text.isBlank()) {
            throw new InvalidArticleException(InvalidArticleException.Reason.EMPTY, "The article has no text.");
        }
        return text;
    }

    /** A NUL or many control characters mean a binary file that happens to decode. */
    private static boolean looksBinary(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > Math.max(8, text.length() / 100);
    }
}
