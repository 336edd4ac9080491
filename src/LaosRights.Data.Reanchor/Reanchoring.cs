using System.Globalization;
using System.Text.Json.Nodes;
using LaosRights.Data.Reanchor.Text;

namespace LaosRights.Data.Reanchor;

/// <summary>One run of <see cref="DatasetReanchor.Reanchor"/>: the old and the new text, and every evidence item of the file.</summary>
internal sealed class Reanchoring
{
    private readonly LaosRightsDataset _input;
    private readonly JsonObject _root;
    private readonly byte[] _inputBytes;
    private readonly Article _newArticle;
    private readonly string _oldText;
    private readonly string _newText;
    private readonly double _threshold;
    private readonly Alignment _alignment;
    private readonly IReadOnlySet<string> _knownNames;

    public Reanchoring(LaosRightsDataset input, JsonObject root, byte[] inputBytes, Article newArticle, double threshold)
    {
        _input = input;
        _root = root;
        _inputBytes = inputBytes;
        _newArticle = newArticle;
        _oldText = input.Article.Text;
        _newText = newArticle.Text;
        _threshold = threshold;
        _alignment = new Alignment(_oldText, _newText);
        _knownNames = new HashSet<string>(
            input.Actors.SelectMany(a => a.OtherNames.Prepend(a.Name)).Concat(input.Places.SelectMany(p => p.OtherNames.Prepend(p.Name)))
                .SelectMany(Facts.CapitalisedWords),
            StringComparer.Ordinal);
    }

    /// <summary>An evidence item of the file: where it is in the JSON and which loaded evidence it is.</summary>
    private sealed record Item(string Collection, string RecordId, JsonObject Record, JsonObject Node, Evidence Evidence);

    public ReanchorResult Run()
    {
        var items = CollectItems();
        var keys = items.Select(i => (i.Evidence.Start, i.Evidence.Quote)).Distinct()
            .OrderBy(k => k.Start).ThenBy(k => k.Quote, StringComparer.Ordinal).ToList();
        var recordIds = items.GroupBy(i => (i.Evidence.Start, i.Evidence.Quote))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(i => i.RecordId).Distinct(StringComparer.Ordinal)]);
        var outcomes = Classify(keys, recordIds);

        var records = items.GroupBy(i => (i.Collection, i.RecordId))
            .Select(g => Judge(g.Key.Collection, g.Key.RecordId, g.First().Record, [.. g.Select(i => outcomes[(i.Evidence.Start, i.Evidence.Quote)])]))
            .ToList();

        var sameText = string.Equals(_oldText, _newText, StringComparison.Ordinal);
        byte[] output;
        if (sameText)
        {
            output = _inputBytes;
        }
        else
        {
            foreach (var item in items)
            {
                var outcome = outcomes[(item.Evidence.Start, item.Evidence.Quote)];
                if (outcome.Reanchored)
                {
                    item.Node["start"] = outcome.NewStart!.Value;
                    item.Node["length"] = outcome.NewQuote!.Length;
                    item.Node["quote"] = outcome.NewQuote;
                }
            }

            var article = _root["article"]!.AsObject();
            article["sha256"] = _newArticle.Sha256;
            if (string.Equals(_newArticle.Sha256, LaosRightsDataset.Default.Article.Sha256, StringComparison.Ordinal))
            {
                article.Remove("text"); // the library's own article: named by its SHA-256, as the shipped file does
            }
            else
            {
                article["text"] = _newText;
            }

            output = DatasetReanchor.Write(_root);
        }

        LaosRightsDataset? dataset = null;
        var loaderProblems = new List<string>();
        if (records.All(r => r.Status == RecordStatus.Supported))
        {
            try
            {
                dataset = LaosRightsDataset.Parse(output, DatasetReanchor.LimitsFor(output.Length));
            }
            catch (DatasetValidationException e)
            {
                // A rule beyond the quotes (a quotation's words must stay inside its evidence, say) broke: a person decides.
                loaderProblems.AddRange(e.Problems.Select(p => p.ToString()));
                records = [.. records.Select(r => e.Problems.Any(p => p.Path.Contains($"'{r.Id}'", StringComparison.Ordinal)) ? r with { Status = RecordStatus.NeedsReview } : r)];
            }
        }

        var report = new ReanchorReport(
            _input.Article.Sha256,
            _newArticle.Sha256,
            _input.DataVersion,
            SuggestVersion(sameText, dataset is not null),
            _threshold,
            dataset is not null,
            [.. keys.Select(k => outcomes[k])],
            records,
            Unquoted(records),
            Unheld(records),
            loaderProblems);
        return new ReanchorResult(output, dataset, report);
    }

    private List<Item> CollectItems()
    {
        var items = new List<Item>();
        foreach (var (name, value) in _root)
        {
            if (value is not JsonArray list)
            {
                continue;
            }

            foreach (var node in list)
            {
                var record = node!.AsObject();
                var id = record["id"]!.GetValue<string>();
                var loaded = _input.GetRecord(id);
                var evidence = record["evidence"]!.AsArray();
                for (var i = 0; i < evidence.Count; i++)
                {
                    items.Add(new Item(name, id, record, evidence[i]!.AsObject(), loaded.Evidence[i]));
                }
            }
        }

        return items;
    }

    private Dictionary<(int, string), EvidenceOutcome> Classify(List<(int Start, string Quote)> keys, Dictionary<(int, string), IReadOnlyList<string>> recordIds)
    {
        var outcomes = new Dictionary<(int, string), EvidenceOutcome>();
        var occurrences = keys.ToDictionary(k => k, k => Occurrences(k.Quote));

        // Unique verbatim matches first: they are the neighbours that place the ambiguous ones.
        var placed = new SortedList<int, int>(); // old start -> new start of quotes found exactly once
        foreach (var key in keys.Where(k => occurrences[k].Count == 1))
        {
            outcomes[key] = Verbatim(key, occurrences[key][0], EvidenceStatus.Moved, 1, null, recordIds[key]);
            placed.TryAdd(key.Start, occurrences[key][0]);
        }

        foreach (var key in keys.Where(k => occurrences[k].Count > 1))
        {
            var (chosen, resolution) = Choose(key, occurrences[key], placed);
            outcomes[key] = Verbatim(key, chosen, EvidenceStatus.Ambiguous, occurrences[key].Count, resolution, recordIds[key]);
        }

        foreach (var key in keys.Where(k => occurrences[k].Count == 0))
        {
            outcomes[key] = Match(key, recordIds[key]);
        }

        return outcomes;
    }

    private List<int> Occurrences(string quote)
    {
        var found = new List<int>();
        for (var at = _newText.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = _newText.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return found;
    }

    /// <summary>Chooses among verbatim occurrences: same section path first, then between the neighbours' new places, then nearest to where the alignment puts it.</summary>
    private (int Chosen, string Resolution) Choose((int Start, string Quote) key, List<int> candidates, SortedList<int, int> placed)
    {
        var oldPath = _oldArticleSectionPath(key.Start);
        var steps = new List<string> { $"{candidates.Count} occurrences" };
        var pool = candidates;
        var samePath = pool.Where(c => _newArticle.GetSectionAt(c).Path.SequenceEqual(oldPath, StringComparer.Ordinal)).ToList();
        if (samePath.Count > 0 && samePath.Count < pool.Count)
        {
            pool = samePath;
            steps.Add($"{pool.Count} in section '{string.Join(" › ", oldPath)}'");
        }

        var before = placed.Keys.Where(k => k < key.Start).Select(k => placed[k]).DefaultIfEmpty(-1).Last();
        var after = placed.Keys.Where(k => k > key.Start).Select(k => placed[k]).DefaultIfEmpty(int.MaxValue).First();
        var between = pool.Where(c => c >= before && c <= after).ToList();
        if (between.Count > 0 && between.Count < pool.Count)
        {
            pool = between;
            steps.Add($"{pool.Count} between the neighbouring quotes");
        }

        var expected = _alignment.Map(key.Start, key.Start + key.Quote.Length).Start;
        var chosen = pool.OrderBy(c => Math.Abs(c - expected)).ThenBy(c => c).First();
        steps.Add(pool.Count > 1 ? $"the one nearest to where the text around it moved ({chosen})" : $"chosen: {chosen}");
        return (chosen, string.Join("; ", steps));
    }

    private IReadOnlyList<string> _oldArticleSectionPath(int position) => _input.Article.GetSectionAt(position).Path;

    private EvidenceOutcome Verbatim((int Start, string Quote) key, int at, EvidenceStatus status, int count, string? resolution, IReadOnlyList<string> ids)
    {
        var context = ContextDifferences(key.Start, key.Start + key.Quote.Length, at, at + key.Quote.Length);
        return new EvidenceOutcome
        {
            RecordIds = ids,
            OldQuote = key.Quote,
            OldStart = key.Start,
            OldSectionPath = _oldArticleSectionPath(key.Start),
            Status = status,
            NewQuote = key.Quote,
            NewStart = at,
            NewSectionPath = _newArticle.GetSectionAt(at).Path,
            Similarity = 1,
            Occurrences = count,
            Reanchored = true,
            NeedsReview = context.Count > 0,
            FactDifferences = context,
            WordDiff = [],
            Resolution = resolution,
        };
    }

    /// <summary>A quote that is not in the new text verbatim: the aligned span, or the best span of any sentence.</summary>
    private EvidenceOutcome Match((int Start, string Quote) key, IReadOnlyList<string> ids)
    {
        var (start, end) = Trim(_alignment.Map(key.Start, key.Start + key.Quote.Length));
        var similarity = end > start ? Alignment.Similarity(key.Quote, _newText[start..end]) : 0;
        if (similarity < _threshold)
        {
            foreach (var (sentenceStart, sentenceEnd) in Sentences.Split(_newText))
            {
                var (s, e) = Alignment.BestSpan(key.Quote, _newText[sentenceStart..sentenceEnd]);
                if (e <= s)
                {
                    continue;
                }

                var candidate = Alignment.Similarity(key.Quote, _newText.Substring(sentenceStart + s, e - s));
                if (candidate > similarity)
                {
                    (start, end, similarity) = (sentenceStart + s, sentenceStart + e, candidate);
                }
            }
        }

        var found = end > start;
        var newQuote = found ? _newText[start..end] : null;
        var changed = found && similarity >= _threshold;
        var facts = changed ? Facts.Differences(key.Quote, newQuote!, knownNames: _knownNames) : [];
        var context = changed ? ContextDifferences(key.Start, key.Start + key.Quote.Length, start, end) : [];

        // Conservative: only a citation marker or typography may change without a person. Any other word ("ratified" →
        // "signed") may change the meaning, whether or not the fact-word patterns see it; they only say what kind it is.
        var update = changed && Typography.SameWording(key.Quote, newQuote!);
        return new EvidenceOutcome
        {
            RecordIds = ids,
            OldQuote = key.Quote,
            OldStart = key.Start,
            OldSectionPath = _oldArticleSectionPath(key.Start),
            Status = changed ? EvidenceStatus.Changed : EvidenceStatus.Lost,
            NewQuote = newQuote,
            NewStart = found ? start : null,
            NewSectionPath = found ? _newArticle.GetSectionAt(start).Path : null,
            Similarity = Math.Round(similarity, 3),
            Occurrences = 0,
            Reanchored = update,
            NeedsReview = !update || context.Count > 0,
            FactDifferences = [.. facts, .. context],
            WordDiff = found ? Alignment.WordDiff(key.Quote, newQuote!) : [],
        };
    }

    private (int Start, int End) Trim((int Start, int End) span)
    {
        var (start, end) = span;
        while (start < end && char.IsWhiteSpace(_newText[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(_newText[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>
    /// The numbers and qualifiers that differ in the three words just before and just after a quote, within its
    /// sentence: a qualifier ("as many as", "around") or a date often stands there, outside the quote that holds the
    /// number. Capitalised words are not compared there: a new first word of the sentence is not a new name.
    /// </summary>
    private List<string> ContextDifferences(int oldStart, int oldEnd, int newStart, int newEnd)
    {
        var differences = new List<string>();
        var before = Facts.Differences(WordsBefore(_oldText, oldStart), WordsBefore(_newText, newStart), names: false);
        var after = Facts.Differences(WordsAfter(_oldText, oldEnd), WordsAfter(_newText, newEnd), names: false);
        differences.AddRange(before.Select(d => d + " just before the quote"));
        differences.AddRange(after.Select(d => d + " just after the quote"));
        return differences;
    }

    private static string WordsBefore(string text, int position)
    {
        var start = position;
        var words = 0;
        while (start > 0 && text[start - 1] is not ('.' or '!' or '?' or '\n' or ';' or ':'))
        {
            start--;
            if (char.IsWhiteSpace(text[start]) && start < position - 1 && !char.IsWhiteSpace(text[start + 1]) && ++words == 3)
            {
                break;
            }
        }

        return text[start..position];
    }

    private static string WordsAfter(string text, int position)
    {
        var last = position - 1;
        while (last > 0 && text[last] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']')
        {
            last--;
        }

        if (last >= 0 && text[last] is '.' or '!' or '?')
        {
            return ""; // the quote ends its sentence: what follows is another sentence
        }

        var end = position;
        var words = 0;
        while (end < text.Length && text[end] is not ('.' or '!' or '?' or '\n' or ';' or ':'))
        {
            if (char.IsWhiteSpace(text[end]) && end > position && !char.IsWhiteSpace(text[end - 1]) && ++words == 3)
            {
                break;
            }

            end++;
        }

        return text[position..end];
    }

    private static RecordOutcome Judge(string collection, string id, JsonObject record, IReadOnlyList<EvidenceOutcome> evidence)
    {
        var lost = evidence.Count(e => e.Status == EvidenceStatus.Lost);
        var status = lost == evidence.Count ? RecordStatus.Unsupported
            : lost > 0 || evidence.Any(e => e.NeedsReview) ? RecordStatus.NeedsReview
            : RecordStatus.Supported;
        return new RecordOutcome
        {
            Id = id,
            Collection = collection,
            Status = status,
            Evidence = evidence,
            StaleText = status == RecordStatus.NeedsReview ? StaleText(record, evidence) : [],
        };
    }

    /// <summary>
    /// The record's free-text fields that repeat a word or number its quotes had and their new wording no longer has
    /// ("summary: 'ratifies'"): a person must correct them along with the values. Words of three letters or more (in any
    /// form: see <see cref="SameWord"/>), and numbers (the digits between separators: "200" of "200,000").
    /// </summary>
    private static List<string> StaleText(JsonObject record, IReadOnlyList<EvidenceOutcome> evidence)
    {
        var gone = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in evidence.Where(e => e.Status == EvidenceStatus.Changed && !e.Reanchored))
        {
            var kept = new HashSet<string>(Words(e.NewQuote!), StringComparer.OrdinalIgnoreCase);
            gone.UnionWith(Words(e.OldQuote).Where(w => !kept.Contains(w)));
        }

        var stale = new List<string>();
        foreach (var (name, value) in record)
        {
            if (name is "id" or "evidence" || value is null)
            {
                continue;
            }

            IEnumerable<JsonNode?> nodes = value is JsonArray list ? list : new[] { value };
            var words = nodes.OfType<JsonValue>()
                .Select(t => t.TryGetValue<string>(out var text) ? text : null)
                .Where(t => t is not null && !IsVocabulary(t))
                .SelectMany(t => Words(t!));
            var repeated = words.Where(w => gone.Any(g => SameWord(w, g))).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (repeated.Count > 0)
            {
                stale.Add($"{name}: '{string.Join("', '", repeated)}'");
            }
        }

        return stale;
    }

    /// <summary>
    /// Whether two words are forms of one word: equal ignoring case, or (words, not numbers) sharing all but at most
    /// their last three letters and at least four ("ratified", "ratifies", "ratify"; not "International", "Internet").
    /// </summary>
    private static bool SameWord(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (char.IsAsciiDigit(a[0]) || char.IsAsciiDigit(b[0]))
        {
            return false;
        }

        var shared = 0;
        while (shared < Math.Min(a.Length, b.Length) && char.ToLowerInvariant(a[shared]) == char.ToLowerInvariant(b[shared]))
        {
            shared++;
        }

        return shared >= Math.Max(4, Math.Max(a.Length, b.Length) - 3);
    }

    /// <summary>A kebab-case value (an id, a reference, a vocabulary value such as <c>at-most</c>), not free text.</summary>
    private static bool IsVocabulary(string text) => text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>The words of three letters or more and the numbers of <paramref name="text"/> (pieces as the diff cuts them).</summary>
    private static IEnumerable<string> Words(string text) =>
        Tokens.Instance.Chunk(text).Where(p => char.IsLetterOrDigit(p[0]) && (p.Length >= 3 || p.All(char.IsAsciiDigit)));

    /// <summary>The spans of the new text that records now quote (or, when they need review, would quote).</summary>
    private static List<(int Start, int End, string Id)> Spans(IEnumerable<RecordOutcome> records) =>
        [.. records.SelectMany(r => r.Evidence
            .Where(e => e.Status != EvidenceStatus.Lost && e.NewStart is not null)
            .Select(e => (e.NewStart!.Value, e.NewStart!.Value + e.NewQuote!.Length, r.Id)))];

    private List<UnquotedSentence> Unquoted(IEnumerable<RecordOutcome> records)
    {
        var spans = Spans(records);
        return [.. Sentences.Split(_newText)
            .Where(s => !spans.Any(q => q.Start < s.End && s.Start < q.End))
            .Select(s => new UnquotedSentence(_newArticle.GetSectionAt(s.Start).Path, s.Start, _newText[s.Start..s.End]))];
    }

    private List<UnheldNumber> Unheld(IEnumerable<RecordOutcome> records)
    {
        var spans = Spans(records);
        var sentences = Sentences.Split(_newText);
        var result = new List<UnheldNumber>();
        foreach (System.Text.RegularExpressions.Match m in NumericCoverage.Token().Matches(_newText))
        {
            if (IsCitationMarker(m.Index, m.Length) || NumericCoverage.Value(m.Value) is not { } number)
            {
                continue;
            }

            var held = spans.Any(q => q.Start <= m.Index && m.Index < q.End && NumericCoverage.TypedNumbers(_input.GetRecord(q.Id)).Contains(number));
            if (!held)
            {
                var sentence = sentences.FirstOrDefault(s => s.Start <= m.Index && m.Index < s.End);
                var text = sentence.End > sentence.Start ? _newText[sentence.Start..sentence.End] : m.Value;
                result.Add(new UnheldNumber(_newArticle.GetSectionAt(m.Index).Path, m.Index, m.Value, text));
            }
        }

        return result;
    }

    private bool IsCitationMarker(int start, int length) =>
        start > 0 && _newText[start - 1] == '[' && start + length < _newText.Length && _newText[start + length] == ']';

    private string? SuggestVersion(bool sameText, bool complete)
    {
        if (sameText)
        {
            return _input.DataVersion;
        }

        if (!complete)
        {
            return null;
        }

        var core = _input.DataVersion.Split('-', '+')[0].Split('.');
        return core.Length == 3 && core.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            ? $"{core[0]}.{core[1]}.{int.Parse(core[2], CultureInfo.InvariantCulture) + 1}"
            : null;
    }
}
