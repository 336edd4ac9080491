namespace LaosRights.Data;

/// <summary>
/// The source article, embedded byte for byte: its text, identity, sections, licence and attribution.
/// </summary>
/// <remarks>
/// Articles compare by value, as records do: two articles are equal when their title, text (ordinal), SHA-256,
/// licence, licence URL, attribution and source URL are equal, so the articles of two loads of the same file are equal.
/// The sections are derived from the text and so are equal too.
/// </remarks>
public sealed class Article : IEquatable<Article>
{
    private readonly ArticleSection[] _sections;
    private readonly string _licenseUrl;
    private readonly string _sourceUrl;
    private Uri? _licenseUri;
    private Uri? _sourceUri;

    // licenseUrl and sourceUrl are absolute http or https URLs: the loader checks them (DatasetMapper.IsHttpUrl) first.
    internal Article(string title, string text, string sha256, string license, string licenseUrl, string attribution, string sourceUrl)
    {
        Title = title;
        Text = text;
        Sha256 = sha256;
        License = license;
        _licenseUrl = licenseUrl;
        Attribution = attribution;
        _sourceUrl = sourceUrl;
        _sections = ArticleSection.Parse(text) ?? throw new ArgumentException("The article text must start with a level-1 heading ('= Title =').", nameof(text));
        Sections = Array.AsReadOnly(_sections);
    }

    /// <summary>The article's title, "Human rights in Laos".</summary>
    public string Title { get; }

    /// <summary>The full article text (UTF-8 decoded, LF line ends). All evidence positions index into this string.</summary>
    public string Text { get; }

    /// <summary>The SHA-256 of the article's UTF-8 bytes, as 64 lower-case hex digits: the text's identity.</summary>
    public string Sha256 { get; }

    /// <summary>The licence of the article text and of the data derived from it: "CC BY-SA 4.0".</summary>
    public string License { get; }

    /// <summary>Where the licence text is published: an absolute http or https URL.</summary>
    /// <remarks>
    /// Created on first access (the first <see cref="Uri"/> of a process costs milliseconds that loading the dataset
    /// need not pay); every access, concurrent first accesses included, returns the same instance.
    /// </remarks>
    public Uri LicenseUrl => _licenseUri ?? Create(ref _licenseUri, _licenseUrl);

    /// <summary>The attribution to show wherever the text or data is reused.</summary>
    public string Attribution { get; }

    /// <summary>The address of the original article on the English Wikipedia: an absolute http or https URL.</summary>
    /// <remarks>Created on first access, like <see cref="LicenseUrl"/>.</remarks>
    public Uri SourceUrl => _sourceUri ?? Create(ref _sourceUri, _sourceUrl);

    /// <summary>
    /// Every section in document order, the title section (level 1) first; see <see cref="ArticleSection"/>.
    /// </summary>
    public IReadOnlyList<ArticleSection> Sections { get; }

    /// <summary>Finds the innermost section that holds <paramref name="position"/>.</summary>
    /// <param name="position">An index into <see cref="Text"/>.</param>
    /// <returns>The deepest section whose span contains the position.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is negative or not less than the text's length.</exception>
    public ArticleSection GetSectionAt(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, Text.Length);
        // Sections are in document order and nested, so the innermost one holding the position is the last one that
        // starts at or before it (sections[0] starts at 0): a binary search, not a scan per quote.
        int low = 0, high = _sections.Length - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (_sections[middle].Start <= position)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return _sections[low];
    }

    // The first caller's instance wins, so every access returns the same Uri.
    private static Uri Create(ref Uri? field, string url) =>
        Interlocked.CompareExchange(ref field, new Uri(url, UriKind.Absolute), null) ?? field;

    /// <summary>Returns the article's title.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => Title;

    /// <summary>Whether <paramref name="other"/> has the same title, text, SHA-256, licence, licence URL, attribution and source URL (ordinal comparisons).</summary>
    /// <param name="other">The article to compare with; <see langword="null"/> is never equal.</param>
    /// <returns><see langword="true"/> when every part is equal.</returns>
    public bool Equals(Article? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(Sha256, other.Sha256, StringComparison.Ordinal)
            && string.Equals(Title, other.Title, StringComparison.Ordinal)
            && string.Equals(License, other.License, StringComparison.Ordinal)
            && string.Equals(_licenseUrl, other._licenseUrl, StringComparison.Ordinal)
            && string.Equals(Attribution, other.Attribution, StringComparison.Ordinal)
            && string.Equals(_sourceUrl, other._sourceUrl, StringComparison.Ordinal)
            && string.Equals(Text, other.Text, StringComparison.Ordinal));

    /// <summary>Whether <paramref name="obj"/> is an equal <see cref="Article"/> (see <see cref="Equals(Article?)"/>).</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when it is an equal article.</returns>
    public override bool Equals(object? obj) => Equals(obj as Article);

    /// <summary>A hash code consistent with <see cref="Equals(Article?)"/>, from the SHA-256 and the title.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Sha256), StringComparer.Ordinal.GetHashCode(Title));

    /// <summary>Whether two articles are equal (see <see cref="Equals(Article?)"/>); two <see langword="null"/>s are equal.</summary>
    /// <param name="left">An article or <see langword="null"/>.</param>
    /// <param name="right">An article or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Article? left, Article? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two articles differ (see <see cref="Equals(Article?)"/>).</summary>
    /// <param name="left">An article or <see langword="null"/>.</param>
    /// <param name="right">An article or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Article? left, Article? right) => !(left == right);
}
