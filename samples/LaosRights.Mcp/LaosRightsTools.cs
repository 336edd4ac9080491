using System.ComponentModel;
using System.Text;
using LaosRights.Data;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace LaosRights.Mcp;

/// <summary>
/// The five tools. Each returns structured content that matches its declared output schema, plus a short text form;
/// each record carries its id, kind, quotes with their sections, and its precision and standing in words.
/// A bad argument is a tool error (isError) whose message names the argument and the accepted values.
/// </summary>
/// <param name="catalog">The dataset and its views.</param>
[McpServerToolType]
internal sealed class LaosRightsTools(Catalog catalog)
{
    private const string FilterHelp =
        " Filters (all optional, combined with AND): kind (event, case, figure, claim, quotation, score, ranking, actor, place, source);"
        + " topic (kebab-case, e.g. forced-return, detention, freedom-of-religion); actor (id or name: records the actor takes part in, claims, is the subject of, speaks or wrote);"
        + " place (id, ISO 3166 code such as TH or LA-XI, or name: records in that place or any place inside it);"
        + " from/to (EDTF dates such as 2009, 2009-09, 2009-09-25, 199X) with match = possibly (default: the record's date may fall in the range) or certainly (it falls in it whatever its precision); undated records never match a date range.";

    private const string RecordHelp =
        " Every record comes with its id, kind, the article's verbatim quotes and their sections, 'precision' (its date and amount in words, e.g. 'year only: 1990', 'As many as 200,000: an upper bound') and 'standing' (who says it and how firmly, e.g. 'alleged; the article names no accuser'). Keep those words when you answer, and carry the attribution.";

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "did", "do", "does", "for", "from", "had", "has", "have", "how", "in", "is", "it",
        "its", "of", "on", "or", "the", "their", "them", "to", "was", "were", "what", "when", "where", "which", "who", "why", "with",
    };

    [McpServerTool(Name = "search_records", Title = "Search the records of the article", ReadOnly = true, Idempotent = true, OpenWorld = false, Destructive = false,
        UseStructuredContent = true, OutputSchemaType = typeof(SearchResult))]
    [Description("Searches the dataset of the encyclopedia article 'Human rights in Laos' (English Wikipedia): events, cases, figures, claims, quotations, scores, rankings, actors, places and sources."
        + " The words of 'query' are matched (case-insensitive, as parts of words) against each record's summary, statement, title, names and the article's quotes;"
        + " records matching more of the words come first (with a date range, those certainly in it before those only possibly in it), then in the article's order."
        + " A four-digit year in the query ('what happened to the Hmong refugees in 2009?') is taken as a date filter (possibly in that year, or from the first to the last year named) when from and to are not given, and the result says so." + FilterHelp + RecordHelp)]
    public CallToolResult SearchRecords(
        [Description("Words to look for, e.g. 'Hmong refugees Thailand', 'Sombath Somphone', 'ICCPR'. Required; common words (the, of, in, what…) are ignored.")] string query,
        [Description("Only records of this kind: event, case, figure, claim, quotation, score, ranking, actor, place or source.")] string? kind = null,
        [Description("Only records about this topic (kebab-case), e.g. forced-return, detention, freedom-of-religion, refugees-and-asylum-seekers.")] string? topic = null,
        [Description("Only records involving this actor: an actor id (government-of-laos, amnesty-international) or name.")] string? actor = null,
        [Description("Only records in this place or a place inside it: a place id (wat-tham-krabok), ISO 3166 code (TH, LA-XI) or name.")] string? place = null,
        [Description("Only records whose date may fall on or after this date (EDTF: 2009, 2009-09, 2009-09-25, 199X).")] string? from = null,
        [Description("Only records whose date may fall on or before this date (the end of the year or month given).")] string? to = null,
        [Description("How a date must fall in from/to: 'possibly' (default) or 'certainly'.")] string? match = null,
        [Description("The most records to return: 1 to 100, default 20.")] int? limit = null)
    {
        return ArgumentCheck.Guard(() =>
        {
            var words = (query ?? "").ToLowerInvariant()
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Trim(',', '.', ';', ':', '?', '!', '"', '\'', '(', ')'))
                .Where(w => w.Length > 0 && !StopWords.Contains(w))
                .Distinct()
                .ToList();
            if (words.Count == 0)
            {
                throw Arguments.Bad("query", Arguments.Blank(query)
                    ? "it is empty. Give one or more words to look for, e.g. 'Hmong refugees' or 'Sombath Somphone'."
                    : $"'{query}' has only common words. Give words that name what you look for, e.g. 'Hmong refugees' or 'Sombath Somphone'.");
            }

            // A year in the query ("... in 2009?") is a date filter, not a word to find in the text, unless a range is given
            // or it is the only word.
            string? yearNote = null;
            var years = words.Where(IsYear).ToList();
            if (years.Count > 0 && years.Count < words.Count && Arguments.Blank(from) && Arguments.Blank(to))
            {
                words = words.Except(years).ToList();
                (from, to) = (years.Min(StringComparer.Ordinal), years.Max(StringComparer.Ordinal));
                yearNote = from == to
                    ? $"the year {from} in the query is used as the date filter above, not as a word to find"
                    : $"the years {from} to {to} in the query are used as the date filter above, not as words to find";
            }

            var filter = new RecordFilter(catalog.Views, kind, topic, actor, place, from, to, match);
            if (yearNote is not null)
            {
                filter.Described.Add(yearNote);
            }

            var max = Arguments.Limit(limit, 20, 100);
            var views = catalog.Views;
            var hits = catalog.Data.AllRecords
                .Where(filter.Matches)
                .Select(r => (Record: r, Text: views.SearchTextOf(r).ToLowerInvariant(), Title: views.TitleOf(r).ToLowerInvariant()))
                .Select(x => (x.Record, Score: words.Count(x.Text.Contains), TitleScore: words.Count(x.Title.Contains)))
                .Where(x => x.Score > 0)
                .OrderByDescending(x => x.Score)
                .ThenByDescending(x => filter.CertainlyInPeriod(x.Record))
                .ThenByDescending(x => x.TitleScore)
                .ThenBy(x => x.Record.NarrativePosition)
                .ThenBy(x => x.Record.Id, StringComparer.Ordinal)
                .ToList();

            var result = new SearchResult
            {
                Query = query!,
                Filters = filter.Described,
                TotalMatches = hits.Count,
                Records = hits.Take(max).Select(h => views.View(h.Record)).ToList(),
                Attribution = catalog.Attribution,
            };
            var text = new StringBuilder($"{Count(result.TotalMatches, "record")} {(result.TotalMatches == 1 ? "matches" : "match")} '{query}'");
            AppendFilters(text, result.Filters);
            text.AppendLine(result.TotalMatches > max ? $"; the first {max} follow." : ".");
            foreach (var record in result.Records)
            {
                RecordViews.AppendText(text, record);
            }

            return Json.Result(result, text.AppendLine(result.Attribution));
        });
    }

    /// <summary>
    /// The standing of a group of claims in words: with no named claimant, an official position names the documents
    /// its claims are stated in when every claim links one, and otherwise sends the reader to each claim's own standing.
    /// </summary>
    private string GroupStanding(Standing standing, List<string> names, List<Claim> claims)
    {
        if (names.Count > 0 || standing != Standing.OfficiallyStated || claims.All(c => c.SourceIds.Count == 0))
        {
            return Wording.Standing(standing, names);
        }

        return claims.All(c => c.SourceIds.Count > 0)
            ? Wording.Standing(standing, names, catalog.Views.SourceNames(claims.SelectMany(c => c.SourceIds).Distinct().ToList()))
            : "official positions with no claimant named; each claim's standing names the document it is stated in, where the article gives one; not a finding that they hold in practice";
    }

    /// <summary>Whether a query word is a four-digit year (1000 to 2999).</summary>
    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsAsciiDigit) && word[0] is '1' or '2';

    [McpServerTool(Name = "get_record", Title = "Read one record with its evidence and links", ReadOnly = true, Idempotent = true, OpenWorld = false, Destructive = false,
        UseStructuredContent = true, OutputSchemaType = typeof(GetRecordResult))]
    [Description("Reads one record of the dataset of the article 'Human rights in Laos' by its id: every evidence quote with its section and its offsets in the article text,"
        + " its date, amount, precision and standing in words, and the records it links to and that link to it (actors and their roles, claimants, places, sources,"
        + " the events of a case, the figures, claims and quotations of an event, the events an event follows or responds to)." + RecordHelp)]
    public CallToolResult GetRecord(
        [Description("The record's id (kebab-case), e.g. 'iccpr-ratification-2009', 'hmong-exile-thailand-count', 'genocide-accusation'. Ids appear in every result of the other tools.")] string id)
    {
        return ArgumentCheck.Guard(() =>
        {
            var record = Arguments.Record(catalog.Views, id);
            var result = new GetRecordResult
            {
                Record = catalog.Views.View(record),
                Links = catalog.Links.Of(record),
                Attribution = catalog.Attribution,
            };
            var text = new StringBuilder();
            RecordViews.AppendText(text, result.Record);
            if (result.Record.Evidence.Count > 0)
            {
                text.AppendLine("  offsets: " + string.Join(", ", result.Record.Evidence.Select(e => $"{e.Start}+{e.Length}")));
            }

            foreach (var link in result.Links)
            {
                text.AppendLine($"  {link.Relation}: [{link.Kind}] {link.Id}: {link.Title}");
            }

            return Json.Result(result, text.AppendLine(result.Attribution));
        });
    }

    [McpServerTool(Name = "chronology", Title = "The chronology of the article", ReadOnly = true, Idempotent = true, OpenWorld = false, Destructive = false,
        UseStructuredContent = true, OutputSchemaType = typeof(ChronologyResult))]
    [Description("The ordered account of the article 'Human rights in Laos' (the library's chronology): every event, and every source, claim, quotation, figure, score and ranking that has a date,"
        + " in chronological order at the precision the article gives (a year stays a year; 'since 1989' stays open-ended). Undated events are placed by the article's own sequence"
        + " (its 'following', 'after', 'later' links and the dated reports that tell them), each with the rule; those nothing places come last, in the order the article tells them."
        + " Each entry says what places it (stated date, derived date with its rule, the article's sequence, or narrative order only) and what its date is the date of (happened, published, expected...)."
        + " Filters (all optional, combined with AND): kind (event, source, claim, quotation, figure, score, ranking); topic (kebab-case, e.g. forced-return);"
        + " actor (id or name); place (id, ISO 3166 code or name, places inside it included); from/to (EDTF dates) with match = possibly (default) or certainly, applied to the date that places each entry; entries no date places never match a date range." + RecordHelp)]
    public CallToolResult Chronology(
        [Description("Only entries of this kind: event, source, claim, quotation, figure, score or ranking.")] string? kind = null,
        [Description("Only entries about this topic (kebab-case), e.g. forced-return, detention, freedom-of-religion.")] string? topic = null,
        [Description("Only entries involving this actor: an actor id (government-of-thailand, new-york-times) or name.")] string? actor = null,
        [Description("Only entries in this place or a place inside it: a place id (wat-tham-krabok), ISO 3166 code (TH, LA-XI) or name.")] string? place = null,
        [Description("Only entries whose placing date may fall on or after this date (EDTF: 2009, 2009-09, 2009-09-25, 199X). Entries no date places are then left out.")] string? from = null,
        [Description("Only entries whose placing date may fall on or before this date (the end of the year or month given). Entries no date places are then left out.")] string? to = null,
        [Description("How a date must fall in from/to: 'possibly' (default) or 'certainly'.")] string? match = null,
        [Description("The most entries to return: 1 to 300, default 60.")] int? limit = null)
    {
        return ArgumentCheck.Guard(() =>
        {
            var data = catalog.Data;
            IEnumerable<ChronologyEntry> entries = data.Chronology();
            var filters = new List<string>();
            if (!Arguments.Blank(kind))
            {
                var k = Wording.ParseCode<ChronologyRecordKind>(kind!)
                    ?? throw Arguments.Bad("kind", $"the chronology holds no record of kind '{kind}'. Accepted values: {string.Join(", ", ChronologySource.Kinds)} (cases, actors and places have no dates; use search_records or get_record for them).");
                entries = entries.OfKind(k);
                filters.Add("kind " + Wording.Code(k));
            }

            if (Arguments.Topic(topic) is { } t)
            {
                entries = entries.WithTopic(data, t);
                filters.Add("topic " + Wording.Code(t));
            }

            if (Arguments.Actor(data, actor) is { } a)
            {
                entries = entries.Involving(a.Id);
                filters.Add($"involving {a.Name} ({a.Id})");
            }

            if (Arguments.Place(data, place) is { } p)
            {
                entries = entries.LocatedIn(data, p.Id);
                filters.Add($"in {p.Name} ({p.Id}) or a place inside it");
            }

            var how = Arguments.Match(match);
            if (Arguments.Period(from, to) is { } period)
            {
                entries = entries.During(period, how);
                filters.Add($"placing date {Wording.Code(how)} from {(Arguments.Blank(from) ? "the beginning" : from!.Trim())} to {(Arguments.Blank(to) ? "the end" : to!.Trim())}; entries no date places are left out");
            }

            var max = Arguments.Limit(limit, 60, 300);
            var all = entries.ToList();
            var result = new ChronologyResult
            {
                Filters = filters,
                TotalMatches = all.Count,
                Entries = all.Take(max).Select(e => ChronologySource.View(catalog.Views, e)).ToList(),
                Attribution = catalog.Attribution,
            };
            var text = new StringBuilder($"Chronology: {Count(result.TotalMatches, "entry", "entries")}");
            AppendFilters(text, result.Filters);
            text.AppendLine(result.TotalMatches > max ? $"; the first {max} follow." : ".");
            foreach (var entry in result.Entries)
            {
                text.AppendLine($"{entry.Position}. {entry.Placement}");
                RecordViews.AppendText(text, entry.Record, "   ");
            }

            return Json.Result(result, text.AppendLine(result.Attribution));
        });
    }

    [McpServerTool(Name = "figures", Title = "Figures with their bounds", ReadOnly = true, Idempotent = true, OpenWorld = false, Destructive = false,
        UseStructuredContent = true, OutputSchemaType = typeof(FiguresResult))]
    [Description("The numbers the article 'Human rights in Laos' gives (people counted, years), each with the article's own words ('As many as 200,000', 'some thousand', 'thousands'),"
        + " how to read it (exact, an estimate, a lower or upper bound, a range, or no number at all), its smallest and largest possible values, what it counts, its date and who gives it."
        + " A figure with no date of its own is placed in from/to by its event's date, and its precision says so."
        + " Never turn a bound or an estimate into a count." + RecordHelp)]
    public CallToolResult Figures(
        [Description("Only figures whose 'counted' text contains these words (case-insensitive), e.g. 'Hmong', 'arrested', 'Wat Tham Krabok'.")] string? counting = null,
        [Description("Only figures in this unit: people or years.")] string? unit = null,
        [Description("Only figures with this bound: exact, approximate, at-least, more-than, at-most, between, unquantified.")] string? bound = null,
        [Description("Only figures given by this actor (its id or name), e.g. new-york-times.")] string? actor = null,
        [Description("Only figures whose date may fall on or after this date (EDTF: 2009, 2009-09). A figure with no date of its own is placed by its event's date (its precision says so); figures with neither are then left out.")] string? from = null,
        [Description("Only figures whose date may fall on or before this date. A figure with no date of its own is placed by its event's date; figures with neither are then left out.")] string? to = null,
        [Description("How a date must fall in from/to: 'possibly' (default) or 'certainly'.")] string? match = null,
        [Description("The most figures to return: 1 to 100, default 50.")] int? limit = null)
    {
        return ArgumentCheck.Guard(() =>
        {
            var data = catalog.Data;
            IEnumerable<Figure> figures = data.Figures;
            var filters = new List<string>();
            if (!Arguments.Blank(counting))
            {
                figures = figures.Counting(counting!.Trim());
                filters.Add($"counting '{counting.Trim()}'");
            }

            if (Arguments.Unit(unit) is { } u)
            {
                figures = figures.InUnit(u);
                filters.Add("unit " + Wording.Code(u));
            }

            if (Arguments.Bound(bound) is { } b)
            {
                figures = figures.WithBound(b);
                filters.Add("bound " + Wording.Code(b));
            }

            if (Arguments.Actor(data, actor) is { } a)
            {
                figures = figures.ClaimedBy(a.Id);
                filters.Add($"given by {a.Name} ({a.Id})");
            }

            var how = Arguments.Match(match);
            if (Arguments.Period(from, to) is { } period)
            {
                // A figure with no date of its own is placed by its event's date (the library's During reads only the figure's).
                figures = figures.Where(f => catalog.Views.EffectiveDate(f) is ({ } d, _)
                    && (how == DateMatch.Certainly ? d.IsWithin(period) : d.Overlaps(period)));
                filters.Add($"date {Wording.Code(how)} from {(Arguments.Blank(from) ? "the beginning" : from!.Trim())} to {(Arguments.Blank(to) ? "the end" : to!.Trim())}");
            }

            var max = Arguments.Limit(limit, 50, 100);
            var all = figures.ToList();
            var result = new FiguresResult
            {
                Filters = filters,
                TotalMatches = all.Count,
                Figures = all.Take(max).Select(catalog.Views.View).ToList(),
                Attribution = catalog.Attribution,
            };
            var text = new StringBuilder(Count(result.TotalMatches, "figure"));
            AppendFilters(text, filters);
            text.AppendLine(result.TotalMatches > max ? $"; the first {max} follow." : ".");
            foreach (var figure in result.Figures)
            {
                RecordViews.AppendText(text, figure);
            }

            return Json.Result(result, text.AppendLine(result.Attribution));
        });
    }

    [McpServerTool(Name = "who_says", Title = "Who says what: claims by claimant and standing", ReadOnly = true, Idempotent = true, OpenWorld = false, Destructive = false,
        UseStructuredContent = true, OutputSchemaType = typeof(WhoSaysResult))]
    [Description("The attributed statements of the article 'Human rights in Laos' (concerns raised, accusations, official positions, denials, reports, documented accounts), grouped by who makes them"
        + " (joint claimants together; claims whose claimant the article does not name last) and by standing. A claim is what someone says, never a finding of fact:"
        + " report it with its claimant and standing, e.g. 'alleged; the article names no accuser'." + RecordHelp)]
    public CallToolResult WhoSays(
        [Description("Only claims made by this actor (id or name), e.g. amnesty-international, government-of-laos; or 'none' for the claims whose claimant the article does not name.")] string? claimant = null,
        [Description("Only claims with this standing: stated, reported, alleged, concern-raised, claimed, officially-stated, denied, disputed, documented, expected.")] string? standing = null,
        [Description("Only claims about this topic (kebab-case), e.g. freedom-of-religion, forced-return, torture-and-ill-treatment.")] string? topic = null,
        [Description("Only claims about this actor (id or name), e.g. government-of-laos, hmong.")] string? about = null)
    {
        return ArgumentCheck.Guard(() =>
        {
            var data = catalog.Data;
            IEnumerable<Claim> claims = data.Claims;
            var filters = new List<string>();
            if (string.Equals(claimant?.Trim(), "none", StringComparison.OrdinalIgnoreCase))
            {
                claims = claims.WithoutNamedClaimant();
                filters.Add("no claimant named");
            }
            else if (Arguments.Actor(data, claimant, "claimant") is { } c)
            {
                claims = claims.ClaimedBy(c.Id);
                filters.Add($"claimed by {c.Name} ({c.Id})");
            }

            if (Arguments.Standing(standing) is { } s)
            {
                claims = claims.WithStanding(s);
                filters.Add("standing " + Wording.Code(s));
            }

            if (Arguments.Topic(topic) is { } t)
            {
                claims = claims.WithTopic(t);
                filters.Add("topic " + Wording.Code(t));
            }

            if (Arguments.Actor(data, about, "about") is { } subject)
            {
                claims = claims.About(subject.Id);
                filters.Add($"about {subject.Name} ({subject.Id})");
            }

            var list = claims.ToList();
            var groups = list
                .GroupBy(x => string.Join(" ", x.ClaimantIds))
                .OrderBy(g => g.Key.Length == 0)
                .ThenBy(g => g.Min(x => x.NarrativePosition))
                .Select(g =>
                {
                    var ids = g.First().ClaimantIds;
                    var names = ids.Select(catalog.Views.Name).ToList();
                    return new ClaimantGroup
                    {
                        Claimant = ids.Count == 0 ? "no claimant named in the article" : Wording.Names(names, midSentence: false),
                        Claimants = ids.Select(catalog.Views.Ref).ToList(),
                        Standings = g.GroupBy(x => x.Standing).OrderBy(sg => sg.Key).Select(sg => new StandingGroup
                        {
                            StandingCode = Wording.Code(sg.Key),
                            Standing = GroupStanding(sg.Key, names, sg.ToList()),
                            Claims = sg.Select(catalog.Views.View).ToList(),
                        }).ToList(),
                    };
                })
                .ToList();
            var result = new WhoSaysResult { Filters = filters, TotalMatches = list.Count, Groups = groups, Attribution = catalog.Attribution };

            var text = new StringBuilder(Count(result.TotalMatches, "claim"));
            AppendFilters(text, filters);
            text.AppendLine(".");
            foreach (var group in groups)
            {
                text.AppendLine("== " + group.Claimant);
                foreach (var sg in group.Standings)
                {
                    text.AppendLine("  -- " + sg.Standing);
                    foreach (var claim in sg.Claims)
                    {
                        RecordViews.AppendText(text, claim, "     ");
                    }
                }
            }

            return Json.Result(result, text.AppendLine(result.Attribution));
        });
    }

    private static string Count(int n, string one, string? many = null) => $"{n} {(n == 1 ? one : many ?? one + "s")}";

    private static void AppendFilters(StringBuilder text, IReadOnlyList<string> filters)
    {
        if (filters.Count > 0)
        {
            text.Append(" (").AppendJoin("; ", filters).Append(')');
        }
    }
}
