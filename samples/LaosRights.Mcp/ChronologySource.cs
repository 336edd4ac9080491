using LaosRights.Data;

namespace LaosRights.Mcp;

/// <summary>One entry of the chronology: the record and what places it there.</summary>
internal sealed record Placed(DatasetRecord Record, string Placement);

/// <summary>
/// The ordered account the chronology tool serves: every dated record of every kind (events, figures, claims,
/// quotations, sources, score and ranking editions) in chronological order, then the undated events in the order the
/// article tells them.
/// </summary>
/// <remarks>
/// The seam for the library's own chronology: the order of dated records is that of
/// <see cref="TimeQueries.ChronologicalComparer"/> (first known point in time, then the whole date, then narrative
/// position, then id), applied here to every kind because the library orders events only. When the library offers one
/// chronology over all kinds (with undated events placed by the article's links), <see cref="Build"/> becomes a call to it.
/// </remarks>
internal static class ChronologySource
{
    public const string Undated = "undated: placed where the article tells it (narrative order only)";

    public static IReadOnlyList<Placed> Build(LaosRightsDataset data)
    {
        var dated = data.AllRecords
            .Select(r => (Record: r, RecordViews.DateOf(r).Date, RecordViews.DateOf(r).Derivation))
            .Where(x => x.Date is not null)
            .OrderBy(x => FirstKnown(x.Date!.Value))
            .ThenBy(x => x.Date!.Value)
            .ThenBy(x => x.Record.NarrativePosition)
            .ThenBy(x => x.Record.Id, StringComparer.Ordinal)
            .Select(x => new Placed(x.Record, x.Derivation is null ? "stated date" : "derived date: " + x.Derivation));
        var undated = data.Events.InChronologicalOrder()
            .Where(e => e.Date is null)
            .Select(e => new Placed(e, Undated));
        return dated.Concat(undated).ToList();
    }

    private static PartialDate FirstKnown(PartialDateInterval date) => date.Start ?? date.End!.Value;
}
