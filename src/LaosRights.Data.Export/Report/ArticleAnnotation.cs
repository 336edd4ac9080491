namespace LaosRights.Data;

/// <summary>
/// Splits the article text into pieces at every start and end of an evidence span, so that overlapping spans become
/// runs of text each of which knows every record that quotes it; pieces also end at line ends (a heading, a paragraph
/// and a list item are lines of the article).
/// </summary>
internal static class ArticleAnnotation
{
    /// <summary>One run of text inside one line, quoted by <see cref="Records"/> (empty for plain text).</summary>
    public sealed record Piece(int Start, int End, IReadOnlyList<DatasetRecord> Records)
    {
        /// <summary>The HTML id of the piece's mark, <c>m-</c> and its start; unique, since pieces do not overlap.</summary>
        public string Anchor => "m-" + Start.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The pieces of <paramref name="from"/>..<paramref name="to"/> (no line break inside).</summary>
    /// <param name="spans">Every evidence span with its record, in the order the report lists the records (kept in each piece).</param>
    /// <param name="from">Where the line starts in the article text.</param>
    /// <param name="to">Where the line ends (exclusive).</param>
    public static IEnumerable<Piece> Split(IReadOnlyList<(DatasetRecord Record, Evidence Evidence)> spans, int from, int to)
    {
        var here = spans.Where(s => s.Evidence.End > from && s.Evidence.Start < to).ToList();
        var bounds = new SortedSet<int> { from, to };
        foreach (var (_, e) in here)
        {
            if (e.Start > from && e.Start < to)
            {
                bounds.Add(e.Start);
            }

            if (e.End > from && e.End < to)
            {
                bounds.Add(e.End);
            }
        }

        var start = from;
        foreach (var end in bounds.Skip(1))
        {
            var records = here.Where(s => s.Evidence.Start <= start && s.Evidence.End >= end).Select(s => s.Record).Distinct().ToList();
            yield return new Piece(start, end, records);
            start = end;
        }
    }
}
