namespace LaosRights.Data;

/// <summary>
/// "Did you mean …?" for an id, code or heading that names nothing: the few existing names closest to it, so a
/// mistyped <c>thai-militray</c> is reported with <c>thai-military</c> instead of silently finding nothing.
/// </summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 3;

    /// <summary>
    /// The sentence to append to an "unknown name" message: <c>" Did you mean 'a', 'b' or 'c'?"</c>, or an empty
    /// string when no name is close. Close means: equal ignoring case, one starting with the other
    /// (both at least 4 characters), or within an edit
    /// distance (insertions, deletions, substitutions and swaps of neighbours, ignoring case) of a third of the length
    /// (at least 2). The closest come first, then ordinal order; at most three.
    /// </summary>
    public static string DidYouMean(string wanted, IEnumerable<string> names)
    {
        var close = Closest(wanted, names);
        return close.Count switch
        {
            0 => "",
            1 => $" Did you mean '{close[0]}'?",
            _ => " Did you mean " + string.Join(", ", close.SkipLast(1).Select(n => $"'{n}'")) + $" or '{close[^1]}'?",
        };
    }

    /// <summary>The names closest to <paramref name="wanted"/>, closest first (see <see cref="DidYouMean"/>).</summary>
    public static IReadOnlyList<string> Closest(string wanted, IEnumerable<string> names)
    {
        string w = wanted.Trim().ToLowerInvariant();
        int limit = Math.Max(2, w.Length / 3);
        return names
            .Distinct(StringComparer.Ordinal)
            .Select(name => (name, distance: Distance(w, name.ToLowerInvariant())))
            .Where(c => c.distance <= limit)
            .OrderBy(c => c.distance)
            .ThenBy(c => c.name, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(c => c.name)
            .ToList();
    }

    // 1 for a prefix either way (a name typed in part, or with a word too many); otherwise the optimal string alignment
    // distance (Damerau-Levenshtein without repeated edits of a substring).
    private static int Distance(string a, string b)
    {
        if (Math.Min(a.Length, b.Length) >= 4 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)))
        {
            return a.Length == b.Length ? 0 : 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
