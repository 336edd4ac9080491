using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using LaosRights.Data;
using LaosRights.Samples;
using NodaTime;

namespace LaosRights.Timeline;

/// <summary>
/// The Timeline sample's filters as command-line options (<c>--from</c>, <c>--to</c>, <c>--match</c>, <c>--topic</c>,
/// <c>--actor</c>, <c>--role</c>, <c>--place</c>, <c>--kind</c>), checked against the dataset and applied to the
/// chronology with the library's query helpers; the Report sample takes the same ones.
/// </summary>
public sealed class TimelineFilters
{
    private readonly LaosRightsDataset _data;

    /// <summary>Creates the options, with validators that reject an actor or place that is not in <paramref name="data"/>.</summary>
    /// <param name="data">The dataset the filters apply to.</param>
    public TimelineFilters(LaosRightsDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;
        From = new Option<PartialDate?>("--from")
        {
            Description = "Only events that may fall on or after this date: 2009, 2009-09, 2009-09-25 or any EDTF date (199X, 18XX).",
            CustomParser = ParseDate,
        };
        To = new Option<PartialDate?>("--to")
        {
            Description = "Only events that may fall on or before this date (the end of the year or month given).",
            CustomParser = ParseDate,
        };
        // Nullable with no default value, so that the help does not print the default as the enum member (Possibly).
        Match = new Option<DateMatch?>("--match")
        {
            HelpName = "possibly|certainly",
            Description = "possibly (default: the date may fall in the period) or certainly (it falls in it whatever its precision).",
            CustomParser = r => SampleCommandLine.Name<DateMatch>(r),
        };
        Topic = new Option<Topic?>("--topic")
        {
            Description = "Only events about this topic, in kebab-case, e.g. forced-return, detention, freedom-of-religion (every topic: --help-topics).",
            HelpName = "topic",
            CustomParser = ParseTopic,
        };
        HelpTopics = new Option<bool>("--help-topics")
        {
            Description = "List every topic --topic accepts, then stop.",
            Arity = ArgumentArity.Zero,
            Action = new TopicsAction(),
        };
        Actor = new Option<string?>("--actor") { Description = "Only events with this actor (an actor id, e.g. government-of-thailand).", HelpName = "id" };
        Actor.Validators.Add(r =>
        {
            var id = r.GetValueOrDefault<string?>();
            if (id is not null && !data.Actors.Contains(id))
            {
                r.AddError($"Unknown actor '{id}'.{DidYouMean(data.Actors.ClosestIds(id))} Actor ids look like 'government-of-laos', 'hmong', 'new-york-times'.");
            }
        });
        Role = new Option<ActorRole?>("--role")
        {
            Description = "With --actor: only where the actor has this role, e.g. acted, affected, reported, protested.",
            HelpName = "role",
            CustomParser = ParseRole,
        };
        Kind = new Option<ChronologyRecordKind[]>("--kind")
        {
            Description = "Only these kinds of record: event, source, claim, quotation, figure, score, ranking (several: --kind score --kind ranking, --kind score ranking or --kind score,ranking).",
            HelpName = "kind",
            AllowMultipleArgumentsPerToken = true,
            CustomParser = SampleCommandLine.Names<ChronologyRecordKind>,
        };
        Place = new Option<string?>("--place") { Description = "Only events in this place or a place inside it (an id such as wat-tham-krabok, or an ISO 3166 code such as TH).", HelpName = "id" };
        Place.Validators.Add(r =>
        {
            var key = r.GetValueOrDefault<string?>();
            if (key is not null && data.FindPlace(key) is null)
            {
                r.AddError($"Unknown place '{key}'.{DidYouMean(data.Places.ClosestIds(key))} Give a place id such as 'wat-tham-krabok' or an ISO 3166 code such as 'TH' or 'LA-XI'.");
            }
        });
    }

    /// <summary><c>--from</c>: the start of the period.</summary>
    public Option<PartialDate?> From { get; }

    /// <summary><c>--to</c>: the end of the period.</summary>
    public Option<PartialDate?> To { get; }

    /// <summary><c>--match</c>: how a date must fall in the period.</summary>
    public Option<DateMatch?> Match { get; }

    /// <summary><c>--topic</c>: a topic in kebab-case.</summary>
    public Option<Topic?> Topic { get; }

    /// <summary><c>--help-topics</c>: lists every topic <c>--topic</c> accepts, in kebab-case, and stops.</summary>
    public Option<bool> HelpTopics { get; }

    /// <summary><c>--actor</c>: an actor id.</summary>
    public Option<string?> Actor { get; }

    /// <summary><c>--role</c>: with <c>--actor</c>, the actor's role.</summary>
    public Option<ActorRole?> Role { get; }

    /// <summary><c>--kind</c>: the kinds of record to keep.</summary>
    public Option<ChronologyRecordKind[]> Kind { get; }

    /// <summary><c>--place</c>: a place id or ISO 3166 code; places inside it count.</summary>
    public Option<string?> Place { get; }

    /// <summary>Every option, in the order of the help.</summary>
    public IReadOnlyList<Option> All => [From, To, Match, Topic, HelpTopics, Actor, Role, Place, Kind];

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    /// <param name="command">The command that takes the filters.</param>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Applies the filters given on the command line to <paramref name="entries"/>, with the library's query helpers.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="entries">The chronology to filter (<see cref="ChronologyQueries.Chronology(LaosRightsDataset)"/>).</param>
    /// <param name="filtered">The entries that pass every filter given (deferred).</param>
    /// <param name="descriptions">Each filter given, in words ("topic forced-return", "in Thailand"); empty when none is given.</param>
    /// <param name="problem">Why the arguments cannot be applied (<c>--from</c> after <c>--to</c>, <c>--role</c> without <c>--actor</c>), or <see langword="null"/>.</param>
    /// <returns><see langword="false"/> when <paramref name="problem"/> is set.</returns>
    public bool TryApply(ParseResult parse, IEnumerable<ChronologyEntry> entries, out IEnumerable<ChronologyEntry> filtered, out IReadOnlyList<string> descriptions, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(entries);
        var said = new List<string>();
        descriptions = said;
        filtered = entries;
        problem = null;
        var f = parse.GetValue(From);
        var t = parse.GetValue(To);
        if (f is { } first && t is { } last && last.Latest < first.Earliest)
        {
            // Checked here rather than in a validator: a validator would run even when a date failed to parse.
            problem = $"--from {first} is after --to {last}: nothing can fall between them.";
            return false;
        }

        if (parse.GetValue(Role) is not null && parse.GetValue(Actor) is null)
        {
            problem = "--role needs --actor: give the actor whose role it is.";
            return false;
        }

        if (f is not null || t is not null)
        {
            var period = new DateInterval(f?.Earliest ?? LocalDate.MinIsoValue, t?.Latest ?? LocalDate.MaxIsoValue);
            var how = parse.GetValue(Match) ?? DateMatch.Possibly;
            filtered = filtered.During(period, how);
            said.Add($"{how.ToString().ToLowerInvariant()} from {f?.ToString() ?? "the beginning"} to {t?.ToString() ?? "the end"}");
        }

        if (parse.GetValue(Kind) is { Length: > 0 } kinds)
        {
            filtered = filtered.OfKind(kinds);
            said.Add("kind " + string.Join(", ", kinds.Distinct().Select(k => k.ToString().ToLowerInvariant())));
        }

        if (parse.GetValue(Topic) is { } topic)
        {
            filtered = filtered.WithTopic(_data, topic);
            said.Add("topic " + Kebab(topic.ToString()));
        }

        if (parse.GetValue(Actor) is { } actor)
        {
            if (parse.GetValue(Role) is { } role)
            {
                filtered = filtered.Involving(actor, role);
                said.Add($"actor {_data.Actors[actor].Name} as {Kebab(role.ToString())}");
            }
            else
            {
                filtered = filtered.Involving(actor);
                said.Add("actor " + _data.Actors[actor].Name);
            }
        }

        if (parse.GetValue(Place) is { } place)
        {
            filtered = filtered.LocatedIn(_data, place);
            said.Add("in " + _data.FindPlace(place)!.Name);
        }

        return true;
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

    /// <summary>" Did you mean 'a' or 'b'?" for the closest ids the library finds, or an empty string when none is close.</summary>
    private static string DidYouMean(IReadOnlyList<string> closest) => closest.Count == 0
        ? ""
        : " Did you mean " + string.Join(" or ", closest.Select(id => $"'{id}'")) + "?";

    private static Topic? ParseTopic(ArgumentResult result) => SampleCommandLine.Name<Topic>(result);

    private static ActorRole? ParseRole(ArgumentResult result) => SampleCommandLine.Name<ActorRole>(result);

    private static string Kebab(string name) => SampleCommandLine.Kebab(name);

    /// <summary>Writes every topic, one a line in kebab-case, with the ICCPR articles it corresponds to; runs even without the other required options.</summary>
    private sealed class TopicsAction : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Topics --topic accepts:");
            foreach (var topic in Enum.GetValues<Topic>())
            {
                var articles = topic.GetIccprArticles();
                output.WriteLine("  " + Kebab(topic.ToString()) + (articles.Count > 0 ? $" (ICCPR article{(articles.Count == 1 ? "" : "s")} {string.Join(", ", articles)})" : ""));
            }

            return 0;
        }
    }
}
