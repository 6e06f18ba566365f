package io.djflink.ops;

import io.djflink.ops.deduplicator.DocumentDeduplicator;
import io.djflink.ops.deduplicator.DocumentMinhashDeduplicator;
import io.djflink.ops.deduplicator.DocumentSimhashDeduplicator;
import io.djflink.ops.filter.AlphanumericFilter;
import io.djflink.ops.filter.AverageLineLengthFilter;
import io.djflink.ops.filter.CharacterRepetitionFilter;
import io.djflink.ops.filter.FlaggedWordsFilter;
import io.djflink.ops.filter.GeneralFieldFilter;
import io.djflink.ops.filter.MaximumLineLengthFilter;
import io.djflink.ops.filter.SpecialCharactersFilter;
import io.djflink.ops.filter.SpecifiedFieldFilter;
import io.djflink.ops.filter.SpecifiedNumericFieldFilter;
import io.djflink.ops.filter.StopwordsFilter;
import io.djflink.ops.filter.SuffixFilter;
import io.djflink.ops.filter.TextLengthFilter;
import io.djflink.ops.filter.WordRepetitionFilter;
import io.djflink.ops.filter.WordsNumFilter;
import io.djflink.ops.filter.media.AudioDurationFilter;
import io.djflink.ops.filter.media.AudioSizeFilter;
import io.djflink.ops.filter.media.ImageAspectRatioFilter;
import io.djflink.ops.filter.media.ImageShapeFilter;
import io.djflink.ops.filter.media.ImageSizeFilter;
import io.djflink.ops.filter.media.VideoAspectRatioFilter;
import io.djflink.ops.filter.media.VideoDurationFilter;
import io.djflink.ops.filter.media.VideoResolutionFilter;
import io.djflink.ops.mapper.ChineseConvertMapper;
import io.djflink.ops.mapper.CleanCopyrightMapper;
import io.djflink.ops.mapper.CleanEmailMapper;
import io.djflink.ops.mapper.CleanHtmlMapper;
import io.djflink.ops.mapper.CleanIpMapper;
import io.djflink.ops.mapper.CleanLinksMapper;
import io.djflink.ops.mapper.ExpandMacroMapper;
import io.djflink.ops.mapper.FixUnicodeMapper;
import io.djflink.ops.mapper.PunctuationNormalizationMapper;
import io.djflink.ops.mapper.RemoveBibliographyMapper;
import io.djflink.ops.mapper.RemoveCommentsMapper;
import io.djflink.ops.mapper.RemoveHeaderMapper;
import io.djflink.ops.mapper.RemoveLongWordsMapper;
import io.djflink.ops.mapper.RemoveNonChineseCharacterMapper;
import io.djflink.ops.mapper.RemoveRepeatSentencesMapper;
import io.djflink.ops.mapper.RemoveSpecificCharsMapper;
import io.djflink.ops.mapper.RemoveTableTextMapper;
import io.djflink.ops.mapper.RemoveWordsWithIncorrectSubstringsMapper;
import io.djflink.ops.mapper.ReplaceContentMapper;
import io.djflink.ops.mapper.SentenceSplitMapper;
import io.djflink.ops.mapper.TextChunkMapper;
import io.djflink.ops.mapper.WhitespaceNormalizationMapper;
import io.djflink.ops.selector.FrequencySpecifiedFieldSelector;
import io.djflink.ops.selector.RandomSelector;
import io.djflink.ops.selector.RangeSpecifiedFieldSelector;
import io.djflink.ops.selector.TopkSpecifiedFieldSelector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The ops a recipe may name, by their DataJuicer registered names. */
public final class OpRegistry {

    /** Built-in ops. Adding an op: write the class with its {@code SPEC}, then list it here. */
    private static final List<OpSpec> BUILTIN = List.of(
            WhitespaceNormalizationMapper.SPEC,
            CleanEmailMapper.SPEC,
            CleanLinksMapper.SPEC,
            PunctuationNormalizationMapper.SPEC,
            TextLengthFilter.SPEC,
            WordsNumFilter.SPEC,
            AlphanumericFilter.SPEC,
            CharacterRepetitionFilter.SPEC,
            SpecialCharactersFilter.SPEC,
            AverageLineLengthFilter.SPEC,
            MaximumLineLengthFilter.SPEC,
            WordRepetitionFilter.SPEC,
            StopwordsFilter.SPEC,
            FlaggedWordsFilter.SPEC,
            SuffixFilter.SPEC,
            SpecifiedFieldFilter.SPEC,
            SpecifiedNumericFieldFilter.SPEC,
            GeneralFieldFilter.SPEC,
            DocumentDeduplicator.SPEC,
            CleanCopyrightMapper.SPEC,
            CleanHtmlMapper.SPEC,
            CleanIpMapper.SPEC,
            ExpandMacroMapper.SPEC,
            FixUnicodeMapper.SPEC,
            RemoveBibliographyMapper.SPEC,
            RemoveCommentsMapper.SPEC,
            RemoveHeaderMapper.SPEC,
            RemoveLongWordsMapper.SPEC,
            RemoveNonChineseCharacterMapper.SPEC,
            RemoveRepeatSentencesMapper.SPEC,
            RemoveSpecificCharsMapper.SPEC,
            RemoveTableTextMapper.SPEC,
            RemoveWordsWithIncorrectSubstringsMapper.SPEC,
            ReplaceContentMapper.SPEC,
            SentenceSplitMapper.SPEC,
            TextChunkMapper.SPEC,
            ChineseConvertMapper.SPEC,
            DocumentMinhashDeduplicator.SPEC,
            DocumentSimhashDeduplicator.SPEC,
            RandomSelector.SPEC,
            TopkSpecifiedFieldSelector.SPEC,
            FrequencySpecifiedFieldSelector.SPEC,
            RangeSpecifiedFieldSelector.SPEC,
            ImageSizeFilter.SPEC,
            ImageShapeFilter.SPEC,
            ImageAspectRatioFilter.SPEC,
            AudioDurationFilter.SPEC,
            AudioSizeFilter.SPEC,
            VideoDurationFilter.SPEC,
            VideoResolutionFilter.SPEC,
            VideoAspectRatioFilter.SPEC);

    private static volatile OpRegistry defaultRegistry;

    private final Map<String, OpSpec> specs;

    private OpRegistry(Collection<OpSpec> specs) {
        Map<String, OpSpec> m = new TreeMap<>();
        for (OpSpec s : specs) {
            OpSpec previous = m.put(s.name(), s);
            if (previous != null && previous != s) {
                throw new IllegalStateException("two ops registered as '" + s.name() + "'");
            }
        }
        this.specs = m;
    }

    /** The built-in ops plus those of every {@link OpProvider} on the class path. */
    public static OpRegistry defaults() {
        OpRegistry r = defaultRegistry;
        if (r == null) {
            List<OpSpec> all = new ArrayList<>(BUILTIN);
            for (OpProvider p : ServiceLoader.load(OpProvider.class, OpRegistry.class.getClassLoader())) {
                all.addAll(p.ops());
            }
            r = new OpRegistry(all);
            defaultRegistry = r;
        }
        return r;
    }

    public static OpRegistry of(Collection<OpSpec> specs) {
        return new OpRegistry(specs);
    }

    public Optional<OpSpec> find(String name) {
        return Optional.ofNullable(specs.get(name));
    }

    /** @throws OpArgumentException naming the unknown op and the closest known names */
    public OpSpec require(String name) {
        OpSpec s = specs.get(name);
        if (s == null) {
            throw new OpArgumentException(name, null, "unknown op '" + name + "'" + suggestions(name)
                    + " (bin/dj-process --list-ops lists all " + specs.size() + ")");
        }
        return s;
    }

    /** All ops, sorted by name. */
    public List<OpSpec> all() {
        List<OpSpec> out = new ArrayList<>(specs.values());
        out.sort(Comparator.comparing(OpSpec::name));
        return out;
    }

    /** The known names closest to {@code name} (typos: a swap of two letters counts as one edit). */
    private String suggestions(String name) {
        int best = Math.max(2, name.length() / 4) + 1;
        List<String> close = new ArrayList<>();
        for (String known : specs.keySet()) {
            int d = editDistance(name, known);
            if (d < best) {
                best = d;
                close.clear();
            }
            if (d == best) {
                close.add(known);
            }
        }
        return close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?";
    }

    /** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    private static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
