namespace LaosRights.Data;

/// <summary>One dated record of the report's chronology: the record, its date, what the date means and whether it was derived.</summary>
internal sealed record ReportChronologyEntry(DatasetRecord Record, PartialDateInterval Date, string Meaning, string? Derivation, Standing? Standing, IReadOnlyList<string> ClaimantIds);

/// <summary>
/// The chronology the report draws: every record the article dates (events, sources, claims, quotations, scores and
/// rankings), in time order. Figures are drawn on their own chart with their dates.
/// </summary>
/// <remarks>
/// This is the seam to the library's chronology (issue 14, <c>dataset.Chronology()</c>): when it lands, build the entries
/// from it (it adds what each date means and places undated events), and the rest of the report stays as it is.
/// Until then the order is the library's <see cref="TimeQueries.InChronologicalOrder(IEnumerable{Event})"/> for events,
/// and the same rule (first known point, then the whole date, then where the article tells it) across kinds.
/// </remarks>
internal static class ReportChronology
{
    public static IReadOnlyList<ReportChronologyEntry> Build(LaosRightsDataset dataset)
    {
        var entries = new List<ReportChronologyEntry>();
        foreach (var e in dataset.Events.InChronologicalOrder())
        {
            if (e.Date is { } date)
            {
                entries.Add(new(e, date, e.Standing == Data.Standing.Expected ? "expected" : "happened", e.DateDerivation, e.Standing, e.ClaimantIds));
            }
        }

        foreach (var s in dataset.Sources)
        {
            if (s.Date is { } date)
            {
                entries.Add(new(s, date, "published", null, null, s.AuthorIds));
            }
        }

        foreach (var c in dataset.Claims)
        {
            if (c.Date is { } date)
            {
                entries.Add(new(c, date, "claim made", null, c.Standing, c.ClaimantIds));
            }
        }

        foreach (var q in dataset.Quotations)
        {
            if (q.Date is { } date)
            {
                entries.Add(new(q, date, "said or published", null, null, [q.SpeakerId]));
            }
        }

        foreach (var s in dataset.Scores)
        {
            entries.Add(new(s, s.Edition, "edition", s.EditionDerivation, null, s.PublisherId is null ? [] : [s.PublisherId]));
        }

        foreach (var r in dataset.Rankings)
        {
            entries.Add(new(r, r.Edition, "edition", r.EditionDerivation, null, r.PublisherId is null ? [] : [r.PublisherId]));
        }

        // A stable sort keeps the events' library order among equal keys and the other kinds after them.
        return [.. entries.OrderBy(e => (e.Date.Start ?? e.Date.End)!.Value).ThenBy(e => e.Date).ThenBy(e => e.Record.NarrativePosition).ThenBy(e => e.Record.Id, StringComparer.Ordinal)];
    }
}
