using System.Text.RegularExpressions;

namespace LaosRights.Data.Reanchor.Text;

/// <summary>
/// The words of a quote that carry its facts: numbers (with their ordinal suffix), capitalised words (names, months;
/// the first word of a sentence only when it is capitalised elsewhere too or is a known name), and qualifiers (bounds such as "as many as", "around", "up to"; modality such as
/// "should have", "may"; attribution such as "accused", "according to"; negation such as "not", "no").
/// They explain what kind of difference a changed quote has; whether it may be updated automatically is decided by
/// <see cref="Typography.SameWording"/> alone.
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
    /// <param name="text">The wording.</param>
    /// <param name="names">Whether capitalised words count.</param>
    /// <param name="initialNames">
    /// The words that count as names even as the first word of a sentence (where every word is capitalised); a
    /// sentence's first word that is not among them is not a name. <see langword="null"/>: every capitalised word is.
    /// </param>
    public static IReadOnlyList<string> Of(string text, bool names = true, IReadOnlySet<string>? initialNames = null)
    {
        var plain = Plain(text);
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
            if (qualifiers.Any(q => q.Index < m.Index + m.Length && m.Index < q.Index + q.Length))
            {
                continue; // "Around", "According to" are qualifiers, not names
            }

            if (initialNames is not null && StartsSentence(plain, m.Index) && !initialNames.Contains(m.Value))
            {
                continue; // "The", "Because" at the start of a sentence are not names
            }

            found.Add((m.Index, m.Value));
        }

        return [.. found.OrderBy(f => f.At).ThenBy(f => f.Word, StringComparer.Ordinal).Select(f => f.Word)];
    }

    /// <summary>The capitalised words of <paramref name="text"/> that do not start a sentence: names, whatever their place.</summary>
    public static IEnumerable<string> NamesWithin(string text)
    {
        var plain = Plain(text);
        return Capitalised().Matches(plain).Where(m => !StartsSentence(plain, m.Index)).Select(m => m.Value);
    }

    /// <summary>Every capitalised word of <paramref name="text"/> (the words of a name such as "Lao People's Army").</summary>
    public static IEnumerable<string> CapitalisedWords(string text) => Capitalised().Matches(Plain(text)).Select(m => m.Value);

    private static string Plain(string text) => Typography.WithoutCitationMarkers(Typography.Plain(text));

    /// <summary>Whether the word at <paramref name="at"/> is the first of the wording or follows a stop ('.', '!', '?', with any closing quotes or brackets) and white space.</summary>
    private static bool StartsSentence(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] is '"' or '\'' or '(' or '[')
        {
            i--; // opening quotes or brackets before the word
        }

        if (i < 0)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[i]))
        {
            return false;
        }

        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        while (i >= 0 && text[i] is '"' or '\'' or ')' or ']')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?';
    }

    /// <summary>
    /// The fact words that differ between two wordings, as "removed 'x'" and "added 'y'" in the order they occur, or
    /// "reordered: …" when the same fact words come in another order; empty when both hold the same fact words in the
    /// same order.
    /// </summary>
    /// <param name="oldText">The old wording.</param>
    /// <param name="newText">The new wording.</param>
    /// <param name="names">Whether capitalised words count (not for the words around a quote, where a sentence's first word is capitalised).</param>
    /// <param name="knownNames">
    /// Words of known names (the dataset's actors and places) that count as names even as the first word of a sentence;
    /// so does a word capitalised inside a sentence of either wording. Any other first word of a sentence is not a name.
    /// </param>
    public static IReadOnlyList<string> Differences(string oldText, string newText, bool names = true, IReadOnlySet<string>? knownNames = null)
    {
        var initialNames = new HashSet<string>(NamesWithin(oldText).Concat(NamesWithin(newText)), StringComparer.Ordinal);
        initialNames.UnionWith(knownNames ?? new HashSet<string>());
        var before = Of(oldText, names, initialNames);
        var after = Of(newText, names, initialNames);
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
