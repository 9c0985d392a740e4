package org.summitgraph.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

import java.io.Reader;

/**
 * Words of a name: SmartChineseAnalyzer's segmentation (it keeps 银联 one word, so "银联" does not find 中国银行 as a
 * one-token-per-character analyzer would), on text folded first by {@link FoldingCharFilter} so that case and
 * full-width forms do not matter. Used for indexing and for queries alike.
 */
final class NameAnalyzer extends AnalyzerWrapper {

    private final Analyzer smartCn;

    NameAnalyzer() {
        this(new SmartChineseAnalyzer());
    }

    private NameAnalyzer(SmartChineseAnalyzer smartCn) {
        super(smartCn.getReuseStrategy());
        this.smartCn = smartCn;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return smartCn;
    }

    @Override
    protected Reader wrapReader(String fieldName, Reader reader) {
        return new FoldingCharFilter(reader);
    }

    @Override
    protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
        return new FoldingCharFilter(reader);
    }
}
