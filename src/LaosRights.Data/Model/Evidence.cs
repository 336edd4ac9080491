using System.Text.Json.Serialization;
using LaosRights.Data.Serialization;

namespace LaosRights.Data;

/// <summary>
/// A verbatim quotation from the article that proves a record, with its position in the article text.
/// </summary>
/// <remarks>
/// <see cref="Start"/> and <see cref="Length"/> are indices into <see cref="Article.Text"/> in UTF-16 code units
/// (the indices of a .NET <see cref="string"/>), so <c>article.Text.Substring(Start, Length) == Quote</c>;
/// the shipped data is tested to keep that true for every item.
/// </remarks>
[JsonConverter(typeof(ModelJsonConverter<Evidence>))]
public sealed record Evidence
{
    /// <summary>Creates evidence.</summary>
    /// <param name="quote">The verbatim quote.</param>
    /// <param name="start">Where the quote starts in the article text (UTF-16 code units).</param>
    /// <param name="sectionPath">Headings from the article title down to the section holding the quote.</param>
    /// <exception cref="ArgumentNullException"><paramref name="quote"/> or <paramref name="sectionPath"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="quote"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative.</exception>
    public Evidence(string quote, int start, IReadOnlyList<string> sectionPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(quote);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentNullException.ThrowIfNull(sectionPath);
        Quote = quote;
        Start = start;
        SectionPath = sectionPath;
    }

    /// <summary>The verbatim quote: the smallest span of the article that proves the record, usually a sentence or clause.</summary>
    public string Quote { get; }

    /// <summary>Where the quote starts in <see cref="Article.Text"/>, in UTF-16 code units.</summary>
    public int Start { get; }

    /// <summary>The length of the quote in UTF-16 code units (equal to <c>Quote.Length</c>).</summary>
    public int Length => Quote.Length;

    /// <summary>The index just after the quote's last character (<see cref="Start"/> + <see cref="Length"/>).</summary>
    public int End => Start + Quote.Length;

    /// <summary>
    /// Headings from the article's title down to the section that holds the quote,
    /// e.g. <c>["Human rights in Laos", "Hmong conflict and attacks on unarmed Hmong civilians", "Hmong refugees and forced repatriation"]</c>.
    /// A quote from the lead has the title only.
    /// </summary>
    public IReadOnlyList<string> SectionPath { get; }

    /// <summary>The innermost section's heading (the last element of <see cref="SectionPath"/>).</summary>
    public string Section => SectionPath[^1];

    /// <summary>Whether <paramref name="position"/> (an index into the article text) lies inside the quote.</summary>
    /// <param name="position">An index into <see cref="Article.Text"/>.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> &lt;= <paramref name="position"/> &lt; <see cref="End"/>.</returns>
    public bool Covers(int position) => position >= Start && position < End;

    /// <inheritdoc />
    public bool Equals(Evidence? other) =>
        other is not null && Start == other.Start && Quote == other.Quote && SectionPath.SequenceEqual(other.SectionPath);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Quote, Start);

    /// <summary>Returns the quote with its position, e.g. <c>[1981+118] "On 25 September 2009, …"</c>.</summary>
    /// <returns>A diagnostic string.</returns>
    public override string ToString() => $"[{Start}+{Length}] \"{Quote}\"";
}
