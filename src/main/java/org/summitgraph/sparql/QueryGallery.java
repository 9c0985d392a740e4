package org.summitgraph.sparql;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example queries of the editor page, kept as {@code queries/gallery/*.rq} files whose first comment lines
 * give their titles in English ({@code # title:}) and Chinese ({@code # title@zh:}).
 */
@Component
public class QueryGallery {

    /** One example: an identifier (its file name), its titles and its text. */
    public record Example(String id, String title, String titleZh, String query) {
    }

    private static final Pattern TITLE = Pattern.compile("^#\\s*title:\\s*(.+)$", Pattern.MULTILINE);
    private static final Pattern TITLE_ZH = Pattern.compile("^#\\s*title@zh:\\s*(.+)$", Pattern.MULTILINE);

    private final List<Example> examples;

    public QueryGallery() {
        this.examples = load();
    }

    public List<Example> examples() {
        return examples;
    }

    private static List<Example> load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:queries/gallery/*.rq");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            List<Example> out = new ArrayList<>();
            for (Resource file : files) {
                String text = file.getContentAsString(StandardCharsets.UTF_8);
                String id = file.getFilename().replaceFirst("\\.rq$", "");
                out.add(new Example(id, first(TITLE, text, id), first(TITLE_ZH, text, id),
                        text.replaceAll("(?m)^#\\s*title(@zh)?:.*\\R", "").strip()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query gallery", e);
        }
    }

    private static String first(Pattern p, String text, String fallback) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1).strip() : fallback;
    }
}
