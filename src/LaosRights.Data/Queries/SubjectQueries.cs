namespace LaosRights.Data;

/// <summary>"What" filters: by topic, by ICCPR article, by standing and by the article section a record comes from.</summary>
/// <remarks>
/// Deferred like LINQ; arguments are checked when the method is called. A topic says what a record is about, not
/// that it happened: combine with <see cref="WithStanding(IEnumerable{Event}, Standing)"/> to tell an accusation
/// from a statement.
/// </remarks>
public static class SubjectQueries
{
    /// <summary>The highest article number of the International Covenant on Civil and Political Rights (53).</summary>
    public const int IccprArticleCount = 53;

    /// <summary>Keeps the events about <paramref name="topic"/>.</summary>
    /// <param name="source">The events.</param>
    /// <param name="topic">The topic.</param>
    /// <returns>The events whose <see cref="Event.Topics"/> contain it, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="topic"/> is not a defined <see cref="Topic"/>.</exception>
    public static IEnumerable<Event> WithTopic(this IEnumerable<Event> source, Topic topic) => ByTopic(source, e => e.Topics, topic);

    /// <summary>Keeps the claims about <paramref name="topic"/>.</summary>
    /// <param name="source">The claims.</param>
    /// <param name="topic">The topic.</param>
    /// <returns>The claims whose <see cref="Claim.Topics"/> contain it, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="topic"/> is not a defined <see cref="Topic"/>.</exception>
    public static IEnumerable<Claim> WithTopic(this IEnumerable<Claim> source, Topic topic) => ByTopic(source, c => c.Topics, topic);

    /// <summary>Keeps the cases about <paramref name="topic"/>.</summary>
    /// <param name="source">The cases.</param>
    /// <param name="topic">The topic.</param>
    /// <returns>The cases whose <see cref="Case.Topics"/> contain it, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="topic"/> is not a defined <see cref="Topic"/>.</exception>
    public static IEnumerable<Case> WithTopic(this IEnumerable<Case> source, Topic topic) => ByTopic(source, c => c.Topics, topic);

    /// <summary>
    /// Keeps the events with a topic that corresponds to article <paramref name="article"/> of the ICCPR
    /// (see <see cref="TopicExtensions.GetIccprArticles(Topic)"/>, a standard reference, not the article's words).
    /// </summary>
    /// <param name="source">The events.</param>
    /// <param name="article">An ICCPR article number, from 1 to <see cref="IccprArticleCount"/>; 9 is liberty and security of person.</param>
    /// <returns>The matching events, in the order of <paramref name="source"/>; articles no topic corresponds to match nothing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="article"/> is not from 1 to 53.</exception>
    public static IEnumerable<Event> WithIccprArticle(this IEnumerable<Event> source, int article) => ByArticle(source, e => e.Topics, article);

    /// <summary>Keeps the claims with a topic that corresponds to ICCPR article <paramref name="article"/>; see <see cref="WithIccprArticle(IEnumerable{Event}, int)"/>.</summary>
    /// <param name="source">The claims.</param>
    /// <param name="article">An ICCPR article number, from 1 to 53.</param>
    /// <returns>The matching claims, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="article"/> is not from 1 to 53.</exception>
    public static IEnumerable<Claim> WithIccprArticle(this IEnumerable<Claim> source, int article) => ByArticle(source, c => c.Topics, article);

    /// <summary>Keeps the cases with a topic that corresponds to ICCPR article <paramref name="article"/>; see <see cref="WithIccprArticle(IEnumerable{Event}, int)"/>.</summary>
    /// <param name="source">The cases.</param>
    /// <param name="article">An ICCPR article number, from 1 to 53.</param>
    /// <returns>The matching cases, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="article"/> is not from 1 to 53.</exception>
    public static IEnumerable<Case> WithIccprArticle(this IEnumerable<Case> source, int article) => ByArticle(source, c => c.Topics, article);

    /// <summary>Keeps the events with standing <paramref name="standing"/> (stated, reported, alleged, …).</summary>
    /// <param name="source">The events.</param>
    /// <param name="standing">The standing.</param>
    /// <returns>The matching events, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="standing"/> is not a defined <see cref="Standing"/>.</exception>
    public static IEnumerable<Event> WithStanding(this IEnumerable<Event> source, Standing standing) => ByStanding(source, e => e.Standing, standing);

    /// <summary>Keeps the claims with standing <paramref name="standing"/>.</summary>
    /// <param name="source">The claims.</param>
    /// <param name="standing">The standing.</param>
    /// <returns>The matching claims, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="standing"/> is not a defined <see cref="Standing"/>.</exception>
    public static IEnumerable<Claim> WithStanding(this IEnumerable<Claim> source, Standing standing) => ByStanding(source, c => c.Standing, standing);

    /// <summary>Keeps the figures with standing <paramref name="standing"/>.</summary>
    /// <param name="source">The figures.</param>
    /// <param name="standing">The standing.</param>
    /// <returns>The matching figures, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="standing"/> is not a defined <see cref="Standing"/>.</exception>
    public static IEnumerable<Figure> WithStanding(this IEnumerable<Figure> source, Standing standing) => ByStanding(source, f => f.Standing, standing);

    /// <summary>
    /// Keeps the records with evidence in the article section headed <paramref name="heading"/> or in a section under it:
    /// "Hmong conflict and attacks on unarmed Hmong civilians" also matches its subsection "Hmong refugees and forced repatriation".
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="source">The records.</param>
    /// <param name="heading">A section heading exactly as in <see cref="Evidence.SectionPath"/> (ordinal); the article's title matches every record.</param>
    /// <returns>
    /// The matching records, in the order of <paramref name="source"/>. This filter sees only the records, not the
    /// article, so <b>a heading that names no section matches nothing</b> (<c>"freedom of religion"</c> is not
    /// <c>"Freedom of religion"</c>). To have a mistyped heading reported, pass the section:
    /// <c>InSection(data.GetSection("freedom of religion"))</c> throws <see cref="ArgumentException"/> with the closest headings.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="heading"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="heading"/> is empty or white space.</exception>
    public static IEnumerable<T> InSection<T>(this IEnumerable<T> source, string heading)
        where T : DatasetRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(heading);
        return source.WithoutNulls(nameof(source)).Where(r => r.Evidence.Any(e => e.SectionPath.Contains(heading, StringComparer.Ordinal)));
    }

    /// <summary>
    /// Keeps the records with evidence in <paramref name="section"/> or in a section under it (compared by the whole
    /// heading path, so two sections with the same heading under different parents are told apart).
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="source">The records.</param>
    /// <param name="section">A section of the article, e.g. <c>data.GetSection("Freedom of religion")</c> or one of <see cref="Article.Sections"/>.</param>
    /// <returns>The matching records, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="section"/> is null.</exception>
    public static IEnumerable<T> InSection<T>(this IEnumerable<T> source, ArticleSection section)
        where T : DatasetRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(section);
        var path = section.Path;
        return source.WithoutNulls(nameof(source)).Where(r => r.Evidence.Any(e => StartsWith(e.SectionPath, path)));
    }

    private static bool StartsWith(IReadOnlyList<string> path, IReadOnlyList<string> prefix) =>
        path.Count >= prefix.Count && prefix.Select((heading, i) => string.Equals(path[i], heading, StringComparison.Ordinal)).All(same => same);

    private static IEnumerable<T> ByTopic<T>(IEnumerable<T> source, Func<T, IReadOnlyList<Topic>> topics, Topic topic)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(source);
        QueryChecks.Defined(topic, nameof(topic));
        return source.WithoutNulls(nameof(source)).Where(r => topics(r).Contains(topic));
    }

    private static IEnumerable<T> ByArticle<T>(IEnumerable<T> source, Func<T, IReadOnlyList<Topic>> topics, int article)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(article, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(article, IccprArticleCount);
        return source.WithoutNulls(nameof(source)).Where(r => topics(r).Any(t => t.GetIccprArticles().Contains(article)));
    }

    private static IEnumerable<T> ByStanding<T>(IEnumerable<T> source, Func<T, Standing> standingOf, Standing standing)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(source);
        QueryChecks.Defined(standing, nameof(standing));
        return source.WithoutNulls(nameof(source)).Where(r => standingOf(r) == standing);
    }
}
