using System.CommandLine;
using System.CommandLine.Parsing;
using LaosRights.Data;
using LaosRights.Samples;
using NodaTime;

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

        var from = new Option<PartialDate?>("--from")
        {
            Description = "Only events that may fall on or after this date: 2009, 2009-09, 2009-09-25 or any EDTF date (199X, 18XX).",
            CustomParser = ParseDate,
        };
        var to = new Option<PartialDate?>("--to")
        {
            Description = "Only events that may fall on or before this date (the end of the year or month given).",
            CustomParser = ParseDate,
        };
        var match = new Option<DateMatch>("--match")
        {
            Description = "possibly (default: the date may fall in the period) or certainly (it falls in it whatever its precision).",
            DefaultValueFactory = _ => DateMatch.Possibly,
            CustomParser = SampleCommandLine.Name<DateMatch>,
        };
        var topic = new Option<Topic?>("--topic")
        {
            Description = "Only events about this topic, e.g. forced-return, detention, freedom-of-religion.",
            CustomParser = ParseTopic,
        };
        var actor = new Option<string?>("--actor") { Description = "Only events with this actor (an actor id, e.g. government-of-thailand)." };
        actor.Validators.Add(r =>
        {
            var id = r.GetValueOrDefault<string?>();
            if (id is not null && !data.Actors.Contains(id))
            {
                r.AddError($"Unknown actor '{id}'. Actor ids look like 'government-of-laos', 'hmong', 'new-york-times'.");
            }
        });
        var place = new Option<string?>("--place") { Description = "Only events in this place or a place inside it (an id such as wat-tham-krabok, or an ISO 3166 code such as TH)." };
        place.Validators.Add(r =>
        {
            var key = r.GetValueOrDefault<string?>();
            if (key is not null && data.FindPlace(key) is null)
            {
                r.AddError($"Unknown place '{key}'. Give a place id such as 'wat-tham-krabok' or an ISO 3166 code such as 'TH' or 'LA-XI'.");
            }
        });

        var root = new RootCommand("The chronology of the article \"Human rights in Laos\": dated events in order, then undated events where the article tells them.")
        {
            from, to, match, topic, actor, place,
        };
        root.SetAction(parse =>
        {
            IEnumerable<Event> events = data.Events;
            var filters = new List<string>();
            var f = parse.GetValue(from);
            var t = parse.GetValue(to);
            if (f is { } first && t is { } last && last.Latest < first.Earliest)
            {
                // Checked here rather than in a validator: a validator would run even when a date failed to parse.
                error.WriteLine($"error: --from {first} is after --to {last}: nothing can fall between them.");
                return SampleCommandLine.BadArguments;
            }

            if (f is not null || t is not null)
            {
                var period = new DateInterval(f?.Earliest ?? LocalDate.MinIsoValue, t?.Latest ?? LocalDate.MaxIsoValue);
                var how = parse.GetValue(match);
                events = events.During(period, how);
                filters.Add($"{how.ToString().ToLowerInvariant()} from {f?.ToString() ?? "the beginning"} to {t?.ToString() ?? "the end"}");
            }

            if (parse.GetValue(topic) is { } tp)
            {
                events = events.WithTopic(tp);
                filters.Add("topic " + SampleCommandLine.Kebab(tp.ToString()));
            }

            if (parse.GetValue(actor) is { } a)
            {
                events = events.Involving(a);
                filters.Add("actor " + data.Actors[a].Name);
            }

            if (parse.GetValue(place) is { } p)
            {
                events = events.LocatedIn(data, p);
                filters.Add("in " + data.FindPlace(p)!.Name);
            }

            Write(output, data, events.ToList(), filters);
            return 0;
        });

        return SampleCommandLine.Invoke(root, args, output, error);
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

    private static PartialDate? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (PartialDate.TryParse(text, out var date))
        {
            return date;
        }

        result.AddError($"'{text}' is not a date. Use yyyy, yyyy-MM or yyyy-MM-dd (2009, 2009-09, 2009-09-25), or an EDTF date such as 199X.");
        return null;
    }

    private static Topic? ParseTopic(ArgumentResult result) => SampleCommandLine.Name<Topic>(result);
}
