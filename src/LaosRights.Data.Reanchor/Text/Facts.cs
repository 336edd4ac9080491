using System.Text.RegularExpressions;

namespace LaosRights.Data.Reanchor.Text;

/// <summary>
/// The words of a quote that carry its facts: numbers (with their ordinal suffix), capitalised words (names, months,
/// and the first word of a sentence), and qualifiers (bounds such as "as many as", "around", "up to"; modality such as
/// "should have", "may"; attribution such as "accused", "according to"; negation such as "not", "no").
/// A quote may be updated automatically only when the old and the new wording hold the same fact words.
/// </summary>
internal static partial class Facts
{
    /// <summary>The qualifiers, longest first so that "as many as" wins over "as".</summary>
    internal static readonly string[] Qualifiers =
    [
        "as many as", "as few as", "as much as", "as long as", "at least", "at most", "more than", "less than", "fewer than",
        "up to", "a number of", "according to", "should have", "would have", "could have", "may have", "might have",
        "around", "about", "approximately", "roughly", "nearly", "almost", "over", "under", "some", "several", "many",
        "few", "estimated", "thousands", "hundreds", "dozens", "tens", "millions", "only", "just", "since", "until", "by",
        "before", "after", "reportedly", "allegedly", "alleged", "allegation", "allegations", "accused", "accusation",
        "accusations", "claimed", "claiming", "claims", "claim", "denied", "denies", "deny", "purported", "purportedly",
        "said", "says", "stated", "suspected", "should", "would", "could", "may", "might", "must", "possibly", "probably",
        "likely", "unlikely", "officially", "not", "no", "never", "nor", "neither", "without", "none",
    ];

    /// <summary>The fact words of <paramref name="text"/>, in order, after typographic variants and citation markers are set aside.</summary>
    public static IReadOnlyList<string> Of(string text, bool names = true)
    {
        var plain = Typography.WithoutCitationMarkers(Typography.Plain(text));
        var found = new List<(int At, string Word)>();
        foreach (Match m in Number().Matches(plain))
        {
            found.Add((m.Index, m.Value.TrimEnd(',', '.')));
        }

        var qualifiers = Qualifier().Matches(plain);
        foreach (Match m in qualifiers)
        {
            found.Add((m.Index, m.Value.ToLowerInvariant()));
        }

        foreach (Match m in names ? Capitalised().Matches(plain) : Enumerable.Empty<Match>())
        {
            if (!qualifiers.Any(q => q.Index < m.Index + m.Length && m.Index < q.Index + q.Length))
            {
                found.Add((m.Index, m.Value)); // "Around", "According to" are qualifiers, not names
            }
        }

        return [.. found.OrderBy(f => f.At).ThenBy(f => f.Word, StringComparer.Ordinal).Select(f => f.Word)];
    }

    /// <summary>
    /// The fact words that differ between two wordings, as "removed 'x'" and "added 'y'" in the order they occur, or
    /// "reordered: …" when the same fact words come in another order; empty when both hold the same fact words in the
    /// same order.
    /// </summary>
    /// <param name="oldText">The old wording.</param>
    /// <param name="newText">The new wording.</param>
    /// <param name="names">Whether capitalised words count (not for the words around a quote, where a sentence's first word is capitalised).</param>
    public static IReadOnlyList<string> Differences(string oldText, string newText, bool names = true)
    {
        var before = Of(oldText, names);
        var after = Of(newText, names);
        if (before.SequenceEqual(after, StringComparer.Ordinal))
        {
            return [];
        }

        var differences = new List<string>();
        foreach (var word in Subtract(before, after))
        {
            differences.Add($"removed '{word}'");
        }

        foreach (var word in Subtract(after, before))
        {
            differences.Add($"added '{word}'");
        }

        if (differences.Count == 0)
        {
            // The same words in another order: "5,000 … 10,000" swapped is a different fact.
            differences.Add($"reordered: '{string.Join("', '", before)}' became '{string.Join("', '", after)}'");
        }

        return differences;
    }

    /// <summary>Whether <paramref name="text"/> holds a qualifier word (for the words just around a quote).</summary>
    public static bool HasQualifier(string text) => Qualifier().IsMatch(Typography.Plain(text));

    private static List<string> Subtract(IReadOnlyList<string> from, IReadOnlyList<string> take)
    {
        var left = take.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var word in from)
        {
            if (left.TryGetValue(word, out var count) && count > 0)
            {
                left[word] = count - 1;
            }
            else
            {
                result.Add(word);
            }
        }

        return result;
    }

    [GeneratedRegex(@"\d[\d,.]*(?:st|nd|rd|th)?", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<![\p{L}\p{M}\d'])\p{Lu}[\p{L}\p{M}]*(?:['-]\p{L}+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Capitalised();

    private static readonly Regex QualifierPattern = new(
        @"(?<![\p{L}\d])(?:" + string.Join('|', Qualifiers.Select(Regex.Escape)) + @")(?![\p{L}\d])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static Regex Qualifier() => QualifierPattern;
}
