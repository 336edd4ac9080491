using LaosRights.Data;

namespace LaosRights.Mcp;

/// <summary>The chronology tool's reading of the library's chronology (<see cref="ChronologyQueries.Chronology(LaosRightsDataset)"/>).</summary>
internal static class ChronologySource
{
    /// <summary>The chronology's kinds of record, as the tools name them.</summary>
    public static readonly IReadOnlyList<string> Kinds = [.. Enum.GetValues<ChronologyRecordKind>().Select(Wording.Code)];

    /// <summary>The view of one entry: its position (from 1), how it is placed in words, the date that places it, the record.</summary>
    public static ChronologyEntryView View(RecordViews views, ChronologyEntry entry) => new()
    {
        Position = entry.Position + 1,
        PlacementCode = Wording.Code(entry.Placement),
        Placement = Placement(entry),
        PlacedBy = entry.Date is { } date
            ? RecordViews.DateView(date, entry.Placement == ChronologyPlacement.Sequence ? null : entry.Rule, entry.DateMeaning)
            : null,
        Record = views.View((DatasetRecord)entry.Record),
    };

    /// <summary>How an entry is placed, in words: the date that places it (or "no date"), then how it got there.</summary>
    public static string Placement(ChronologyEntry entry)
    {
        var date = entry.Date is { } d
            ? Wording.Date(d, null, entry.Placement == ChronologyPlacement.Sequence ? DateMeaning.Happened : entry.DateMeaning)
            : "no date";
        return entry.Placement switch
        {
            ChronologyPlacement.Stated => $"{date} (stated in the article)",
            ChronologyPlacement.Derived => $"{date} (derived, not stated in the article: {entry.Rule})",
            ChronologyPlacement.Sequence => $"{date} (undated; placed by the article's sequence: {entry.Rule})",
            ChronologyPlacement.Narrative => "no date (undated: nothing places it in time; it keeps the place where the article tells it, narrative order only)",
            _ => throw new ArgumentOutOfRangeException(nameof(entry), entry.Placement, "Not a defined ChronologyPlacement value."),
        };
    }
}
