using System.CommandLine;
using LaosRights.Data;
using LaosRights.Samples;
using NodaTime;

namespace LaosRights.Timeline;

/// <summary>
/// The timeline sample: the article's chronology (<see cref="ChronologyQueries.Chronology(LaosRightsDataset)"/>) — events,
/// sources, claims, quotations, figures, scores and rankings in one order, each date at its precision with what it means,
/// undated events where the article's sequence places them, then the undated events nothing places, where the article tells them.
/// </summary>
public static class TimelineApp
{
    /// <summary>Writes the whole timeline of <see cref="LaosRightsDataset.Default"/> to <paramref name="output"/>.</summary>
    /// <param name="output">Where to write.</param>
    /// <returns>The process exit code (0).</returns>
    public static int Run(TextWriter output) => Run([], output, TextWriter.Null);

    /// <summary>Parses <paramref name="args"/>, then writes the (filtered) timeline to <paramref name="output"/>.</summary>
    /// <param name="args">Command-line arguments: <c>--from</c>, <c>--to</c>, <c>--match</c>, <c>--topic</c>, <c>--actor</c>, <c>--role</c>, <c>--place</c>, <c>--kind</c>.</param>
    /// <param name="output">Where the timeline (and help) goes.</param>
    /// <param name="error">Where messages about bad arguments go.</param>
    /// <returns>0 on success; non-zero when the arguments are bad.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var data = LaosRightsDataset.Default;

        var filters = new TimelineFilters(data);
        var root = new RootCommand("The chronology of the article \"Human rights in Laos\": everything it dates in one order, each date with what it means, undated events where the article's sequence places them.");
        filters.AddTo(root);
        root.SetAction(parse =>
        {
            if (!filters.TryApply(parse, data.Chronology(), out var events, out var described, out var problem))
            {
                error.WriteLine("error: " + problem);
                return SampleCommandLine.BadArguments;
            }

            Write(output, data, events.ToList(), [.. described]);
            return 0;
        });

        return SampleCommandLine.Invoke(root, args, output, error);
    }

    private static void Write(TextWriter output, LaosRightsDataset data, List<ChronologyEntry> entries, List<string> filters)
    {
        var all = data.Chronology().Count;
        output.WriteLine($"{data.Article.Title}: a chronology ({all} entries: {data.Events.Count} events and every dated source, claim, quotation, figure, score and ranking; data version {data.DataVersion})");
        output.WriteLine(data.Article.Attribution);
        if (filters.Count > 0)
        {
            output.WriteLine($"Filtered: {string.Join("; ", filters)} ({entries.Count} of {all} entries)");
        }

        output.WriteLine();

        // The library's chronology is already in order: dates where the article gives them (with what each date means),
        // undated events where the article's links and the dated reports that tell them place them.
        // A section with no entry (after filtering) is left out, header and all.
        var placed = entries.Where(e => e.Placement != ChronologyPlacement.Narrative).ToList();
        if (placed.Count > 0)
        {
            output.WriteLine("== The chronology ==");
        }

        foreach (var e in placed)
        {
            WriteEntry(output, data, Label(e), e);
        }

        // Undated events nothing places in time keep their place in the narrative: grouped by section, in the article's order.
        var narrative = entries.Where(e => e.Placement == ChronologyPlacement.Narrative).ToList();
        if (narrative.Count > 0)
        {
            output.WriteLine("== Undated events the article does not place in time, where it tells them ==");
        }

        string? section = null;
        foreach (var e in narrative)
        {
            var here = string.Join(" > ", ((DatasetRecord)e.Record).Evidence[0].SectionPath);
            if (here != section)
            {
                output.WriteLine($"-- {here}");
                section = here;
            }

            WriteEntry(output, data, "undated", e);
        }

        if (entries.Count == 0)
        {
            output.WriteLine("No entry matches these filters.");
        }
    }

    private static string Label(ChronologyEntry e) => e.Placement switch
    {
        ChronologyPlacement.Derived => e.Date!.Value.ToDisplayString() + " (derived)",
        ChronologyPlacement.Sequence => e.Date is { } d ? d.ToDisplayString() + " (sequence)" : "in sequence",
        _ => e.Date!.Value.ToDisplayString(),
    };

    private static void WriteEntry(TextWriter output, LaosRightsDataset data, string when, ChronologyEntry e)
    {
        const string Pad = "                         ";
        var record = (DatasetRecord)e.Record;
        output.WriteLine($"{when,-24} {e.DateMeaning.ToString().ToLowerInvariant(),-11} {e.Kind.ToString().ToLowerInvariant(),-9} {Text(data, e.Record)}");
        if (e.Placement == ChronologyPlacement.Derived)
        {
            output.WriteLine($"{Pad}derived: {e.Rule}");
        }
        else if (e.Placement == ChronologyPlacement.Sequence)
        {
            output.WriteLine($"{Pad}placed by the article's sequence: {e.Rule}");
        }

        var (standing, claimants) = e.Record switch
        {
            Event ev => (ev.Standing.ToDisplayName(), ev.ClaimantIds),
            Claim c => (c.Standing.ToDisplayName(), c.ClaimantIds),
            Figure f => (f.Standing.ToDisplayName(), f.ClaimantIds),
            _ => ((string?)null, (IReadOnlyList<string>)[]),
        };
        if (standing is not null)
        {
            output.WriteLine($"{Pad}standing: {standing}{(claimants.Count > 0 ? " by " + string.Join(", ", claimants.Select(id => data.Actors[id].Name)) : "")}");
        }

        if (e.Record is Event { Actors.Count: > 0 } withActors)
        {
            output.WriteLine($"{Pad}actors: {string.Join("; ", withActors.Actors.Select(a => $"{data.Actors[a.ActorId].Name} ({a.Role.ToDisplayName().ToLowerInvariant()})"))}");
        }

        output.WriteLine($"{Pad}\"{record.Evidence[0].Quote}\"");
        output.WriteLine();
    }

    /// <summary>What an entry says, in one line: an event's summary, a source's title, a claim's statement, a quotation, a figure, a score, a ranking.</summary>
    /// <param name="data">The dataset (for names).</param>
    /// <param name="record">The record.</param>
    /// <returns>The line.</returns>
    public static string Text(LaosRightsDataset data, IDatedRecord record)
    {
        ArgumentNullException.ThrowIfNull(data);
        return record switch
        {
            Event e => e.Summary,
            Source s => s.Title,
            Claim c => c.Statement,
            Quotation q => $"{data.Actors[q.SpeakerId].Name}: \"{q.Text}\"",
            Figure f => $"{f.Quantity.Wording}: {f.Counted}",
            Score sc => $"{data.Places[sc.SubjectId].Name} scored {sc.Value} out of {sc.ScaleMaximum} for {sc.Indicator}",
            Ranking r => $"{data.Places[r.SubjectId].Name} ranked {r.Position}{Suffix(r.Position)} {r.Direction.ToString().ToLowerInvariant()} {r.Indicator}",
            _ => record.Id,
        };

        static string Suffix(int n) => (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
    }
}
