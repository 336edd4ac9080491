using System.Text.RegularExpressions;

namespace LaosRights.Data.Reanchor.Text;

/// <summary>What a re-anchoring may ignore: typographic variants of quotes, apostrophes, dashes and spaces, and citation markers.</summary>
internal static partial class Typography
{
    /// <summary>
    /// Replaces typographic quotes, apostrophes, dashes and non-breaking spaces with their plain forms, one character for
    /// one, so offsets into the result are offsets into the input.
    /// </summary>
    public static string Plain(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '\u00A0' or '\u2007' or '\u202F' or '\u2009' => ' ',
                var c => c,
            };
        }
    });

    /// <summary>
    /// Whether two wordings are the same once citation markers are removed and typography is normalised: typographic
    /// quotes, apostrophes, dashes and spaces (<see cref="Plain"/>), an ellipsis character and three stops, soft hyphens
    /// and zero-width spaces, and runs of white space (one space; none at either end). The only changes a re-anchoring
    /// may write without a person's review.
    /// </summary>
    public static bool SameWording(string a, string b) => string.Equals(Normal(a), Normal(b), StringComparison.Ordinal);

    private static string Normal(string text)
    {
        var plain = WithoutCitationMarkers(Plain(text))
            .Replace("\u2026", "...", StringComparison.Ordinal)
            .Replace("\u00AD", "", StringComparison.Ordinal)
            .Replace("\u200B", "", StringComparison.Ordinal);
        return WhiteSpace().Replace(plain, " ").Trim();
    }

    /// <summary>Removes citation markers such as <c>[1]</c>, <c>[12]</c>, <c>[a]</c> and <c>[citation needed]</c>.</summary>
    public static string WithoutCitationMarkers(string text) => CitationMarker().Replace(text, "");

    [GeneratedRegex(@"\[(?:\d{1,4}|[a-z]|[a-z][a-z ]{2,40})\]", RegexOptions.CultureInvariant)]
    private static partial Regex CitationMarker();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
