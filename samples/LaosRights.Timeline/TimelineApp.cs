using System.CommandLine;
using System.CommandLine.Parsing;
using LaosRights.Data;
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
        var role = new Option<ActorRole?>("--role")
        {
            Description = "With --actor: only where the actor has this role, e.g. acted, affected, reported, protested.",
            CustomParser = ParseRole,
        };
        var kind = new Option<ChronologyRecordKind[]>("--kind")
        {
            Description = "Only these kinds of record: event, source, claim, quotation, figure, score, ranking (repeat the option or list several).",
            AllowMultipleArgumentsPerToken = true,
        };
        var place = new Option<string?>("--place") { Description = "Only events in this place or a place inside it (an id such as wat-tham-krabok, or an ISO 3166 code such as TH)." };
        place.Validators.Add(r =>
        {
            var key = r.GetValueOrDefault<string?>();
            if (key is not null && data.FindPlace(key) is null)
            {
                r.AddError($"Unknown place '{key}'. Give a place id such as 'wat-tham-krabok' or an ISO 3166 code such as 'TH' or 'LA-XI'.");
            }
        });

        var root = new RootCommand("The chronology of the article \"Human rights in Laos\": everything it dates in one order, each date with what it means, undated events where the article's sequence places them.")
        {
            from, to, match, topic, actor, role, place, kind,
        };
        root.SetAction(parse =>
        {
            IEnumerable<ChronologyEntry> events = data.Chronology();
            var filters = new List<string>();
            var f = parse.GetValue(from);
            var t = parse.GetValue(to);
            if (f is { } first && t is { } last && last.Latest < first.Earliest)
            {
                // Checked here rather than in a validator: a validator would run even when a date failed to parse.
                error.WriteLine($"--from {first} is after --to {last}: nothing can fall between them.");
                return 1;
            }

            if (f is not null || t is not null)
            {
                var period = new DateInterval(f?.Earliest ?? LocalDate.MinIsoValue, t?.Latest ?? LocalDate.MaxIsoValue);
                var how = parse.GetValue(match);
                events = events.During(period, how);
                filters.Add($"{how.ToString().ToLowerInvariant()} from {f?.ToString() ?? "the beginning"} to {t?.ToString() ?? "the end"}");
            }

            if (parse.GetValue(role) is { } rl && parse.GetValue(actor) is null)
            {
                error.WriteLine("--role needs --actor: give the actor whose role it is.");
                return 1;
            }

            if (parse.GetValue(kind) is { Length: > 0 } kinds)
            {
                events = events.OfKind(kinds);
                filters.Add("kind " + string.Join(", ", kinds.Distinct().Select(k => k.ToString().ToLowerInvariant())));
            }

            if (parse.GetValue(topic) is { } tp)
            {
                events = events.WithTopic(data, tp);
                filters.Add("topic " + Kebab(tp.ToString()));
            }

            if (parse.GetValue(actor) is { } a)
            {
                if (parse.GetValue(role) is { } r)
                {
                    events = events.Involving(a, r);
                    filters.Add($"actor {data.Actors[a].Name} as {Kebab(r.ToString())}");
                }
                else
                {
                    events = events.Involving(a);
                    filters.Add("actor " + data.Actors[a].Name);
                }
            }

            if (parse.GetValue(place) is { } p)
            {
                events = events.LocatedIn(data, p);
                filters.Add("in " + data.FindPlace(p)!.Name);
            }

            Write(output, data, events.ToList(), filters);
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
        output.WriteLine("== The chronology ==");
        foreach (var e in entries.Where(e => e.Placement != ChronologyPlacement.Narrative))
        {
            WriteEntry(output, data, Label(e), e);
        }

        // Undated events nothing places in time keep their place in the narrative: grouped by section, in the article's order.
        output.WriteLine("== Undated events the article does not place in time, where it tells them ==");
        string? section = null;
        foreach (var e in entries.Where(e => e.Placement == ChronologyPlacement.Narrative))
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
        ChronologyPlacement.Derived => FormatDate(e.Date!.Value) + " (derived)",
        ChronologyPlacement.Sequence => e.Date is { } d ? FormatDate(d) + " (sequence)" : "in sequence",
        _ => FormatDate(e.Date!.Value),
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
            Event ev => (ev.Standing.ToString(), ev.ClaimantIds),
            Claim c => (c.Standing.ToString(), c.ClaimantIds),
            Figure f => (f.Standing.ToString(), f.ClaimantIds),
            _ => ((string?)null, (IReadOnlyList<string>)[]),
        };
        if (standing is not null)
        {
            output.WriteLine($"{Pad}standing: {standing}{(claimants.Count > 0 ? " by " + string.Join(", ", claimants.Select(id => data.Actors[id].Name)) : "")}");
        }

        if (e.Record is Event { Actors.Count: > 0 } withActors)
        {
            output.WriteLine($"{Pad}actors: {string.Join("; ", withActors.Actors.Select(a => $"{data.Actors[a.ActorId].Name} ({a.Role})"))}");
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

    private static Topic? ParseTopic(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        foreach (var topic in Enum.GetValues<Topic>())
        {
            if (string.Equals(text.Replace("-", "", StringComparison.Ordinal), topic.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return topic;
            }
        }

        result.AddError($"Unknown topic '{text}'. Topics: {string.Join(", ", Enum.GetValues<Topic>().Select(t => Kebab(t.ToString())))}.");
        return null;
    }

    private static ActorRole? ParseRole(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        foreach (var role in Enum.GetValues<ActorRole>())
        {
            if (string.Equals(text, role.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return role;
            }
        }

        result.AddError($"Unknown role '{text}'. Roles: {string.Join(", ", Enum.GetValues<ActorRole>().Select(r => Kebab(r.ToString())))}.");
        return null;
    }

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
