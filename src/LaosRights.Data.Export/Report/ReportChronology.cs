namespace LaosRights.Data;

/// <summary>One placed entry of the report's chronology: the record, its date, what the date means, and how the date or place was found when the article does not state it.</summary>
/// <param name="Record">The record.</param>
/// <param name="Date">The date that places it (for an event placed by sequence, the interval its bounds allow).</param>
/// <param name="Meaning">What the date is the date of.</param>
/// <param name="Placed">How the date was found when the article does not state it: "derived" or "by sequence" (placed by the article's sequence); <see langword="null"/> when stated.</param>
/// <param name="Derivation">The rule that derived or placed it, in words; <see langword="null"/> when stated.</param>
/// <param name="Standing">The record's standing, or <see langword="null"/> for kinds without one (sources, quotations, scores, rankings).</param>
/// <param name="ClaimantIds">Who stands behind it: claimants, authors, the speaker, the publisher.</param>
internal sealed record ReportChronologyEntry(DatasetRecord Record, PartialDateInterval Date, DateMeaning Meaning, string? Placed, string? Derivation, Standing? Standing, IReadOnlyList<string> ClaimantIds);

/// <summary>
/// The chronology the report draws: the library's <see cref="ChronologyQueries.Chronology(LaosRightsDataset)"/> (every
/// record the article dates, of every kind, in its order), less the undated events that only the narrative places,
/// which have no time to be drawn over (they are in the annotated article and the record cards). With
/// <see cref="ReportOptions.ChosenIds"/>, only the chosen records: context records are not drawn as if chosen.
/// </summary>
internal static class ReportChronology
{
    public static IReadOnlyList<ReportChronologyEntry> Build(LaosRightsDataset dataset, IReadOnlyCollection<string>? chosenIds = null)
    {
        var chosen = chosenIds is null ? null : new HashSet<string>(chosenIds, StringComparer.Ordinal);
        var entries = new List<ReportChronologyEntry>();
        foreach (var entry in dataset.Chronology())
        {
            if (entry.Date is not { } date || entry.Record is not DatasetRecord record || (chosen is not null && !chosen.Contains(record.Id)))
            {
                continue;
            }

            var (placed, derivation) = entry.Placement switch
            {
                ChronologyPlacement.Derived => ("derived", entry.Rule),
                ChronologyPlacement.Sequence => ("by sequence", "placed by the article's sequence: " + entry.Rule),
                _ => ((string?)null, (string?)null),
            };
            entries.Add(new(record, date, entry.DateMeaning, placed, derivation, StandingOf(record), ClaimantsOf(record)));
        }

        return entries;
    }

    private static Standing? StandingOf(DatasetRecord record) => record switch
    {
        Event e => e.Standing,
        Claim c => c.Standing,
        Figure f => f.Standing,
        _ => null,
    };

    /// <summary>Who stands behind the record: claimants, a source's authors, a quotation's speaker, a score's publisher.</summary>
    private static IReadOnlyList<string> ClaimantsOf(DatasetRecord record) => record switch
    {
        Event e => e.ClaimantIds,
        Claim c => c.ClaimantIds,
        Figure f => f.ClaimantIds,
        Source s => s.AuthorIds,
        Quotation q => [q.SpeakerId],
        Score s => s.PublisherId is null ? [] : [s.PublisherId],
        Ranking r => r.PublisherId is null ? [] : [r.PublisherId],
        _ => [],
    };
}
