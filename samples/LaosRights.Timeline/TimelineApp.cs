using System.CommandLine;
using LaosRights.Data;

namespace LaosRights.Timeline;

/// <summary>The timeline sample: dated events in chronological order, then undated events in the order the article tells them.</summary>
public static class TimelineApp
{
    /// <summary>Writes the whole timeline of <see cref="LaosRightsDataset.Default"/> to <paramref name="output"/>.</summary>
    /// <param name="output">Where to write.</param>
    /// <returns>The process exit code (0).</returns>
    public static int Run(TextWriter output) => Run([], output, TextWriter.Null);

    /// <summary>Parses <paramref name="args"/>, then writes the (filtered) timeline to <paramref name="output"/>.</summary>
    /// <param name="args">Command-line arguments: <c>--from</c>, <c>--to</c>, <c>--match</c>, <c>--topic</c>, <c>--actor</c>, <c>--place</c>.</param>
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
        var root = new RootCommand("The chronology of the article \"Human rights in Laos\": dated events in order, then undated events where the article tells them.");
        filters.AddTo(root);
        root.SetAction(parse =>
        {
            if (!filters.TryApply(parse, data.Events, out var events, out var described, out var problem))
            {
                error.WriteLine(problem);
                return 1;
            }

            Write(output, data, events.ToList(), [.. described]);
            return 0;
        });

        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>Formats a date at its true precision: <c>2009-09-25</c>, <c>1999-10</c>, <c>1990</c>, <c>19th century</c>, <c>since 1989</c>, <c>by 2009-10</c>, <c>2004 to 2005</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>A short label.</returns>
    public static string FormatDate(PartialDateInterval date)
    {
        if (date.IsSingle)
        {
            return Format(date.Start!.Value);
        }

        if (date.Start is null)
        {
            return "by " + Format(date.End!.Value);
        }

        return date.End is null
            ? "since " + Format(date.Start.Value)
            : $"{Format(date.Start.Value)} to {Format(date.End.Value)}";

        static string Format(PartialDate d) => d.Precision switch
        {
            DatePrecision.Century => Ordinal((d.Year / 100) + 1) + " century",
            DatePrecision.Decade => $"{d.Year}s",
            _ => d.ToString(),
        };

        static string Ordinal(int n) => n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
    }

    private static void Write(TextWriter output, LaosRightsDataset data, List<Event> events, List<string> filters)
    {
        output.WriteLine($"{data.Article.Title}: a chronology ({data.Events.Count} events, data version {data.DataVersion})");
        output.WriteLine(data.Article.Attribution);
        if (filters.Count > 0)
        {
            output.WriteLine($"Filtered: {string.Join("; ", filters)} ({events.Count} of {data.Events.Count} events)");
        }

        output.WriteLine();

        // The library's chronological order: dated events by their first known point in time ("by October 2009" sits at
        // October 2009, "since 1989" at 1989), then by the full date, then by where the article tells them; undated last.
        var ordered = events.InChronologicalOrder().ToList();
        output.WriteLine("== Dated events, in chronological order ==");
        foreach (var e in ordered.TakeWhile(e => e.Date is not null))
        {
            WriteEvent(output, data, FormatDate(e.Date!.Value) + (e.IsDateDerived ? " (derived)" : ""), e);
        }

        // Undated events keep their place in the narrative: grouped by section, in the article's order.
        output.WriteLine("== Undated events, where the article tells them ==");
        string? section = null;
        foreach (var e in ordered.SkipWhile(e => e.Date is not null))
        {
            var here = string.Join(" > ", e.Evidence[0].SectionPath);
            if (here != section)
            {
                output.WriteLine($"-- {here}");
                section = here;
            }

            WriteEvent(output, data, "undated", e);
        }

        if (events.Count == 0)
        {
            output.WriteLine("No event matches these filters.");
        }
    }

    private static void WriteEvent(TextWriter output, LaosRightsDataset data, string when, Event e)
    {
        var standing = e.Standing.ToString();
        if (e.ClaimantIds.Count > 0)
        {
            standing += " by " + string.Join(", ", e.ClaimantIds.Select(id => data.Actors[id].Name));
        }

        output.WriteLine($"{when,-22} {e.Summary}");
        output.WriteLine($"{"",-22} standing: {standing}");
        if (e.Actors.Count > 0)
        {
            output.WriteLine($"{"",-22} actors: {string.Join("; ", e.Actors.Select(a => $"{data.Actors[a.ActorId].Name} ({a.Role})"))}");
        }

        output.WriteLine($"{"",-22} \"{e.Evidence[0].Quote}\"");
        output.WriteLine();
    }
}
