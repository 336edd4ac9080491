using LaosRights.Data;
using ModelContextProtocol;
using NodaTime;

namespace LaosRights.Mcp;

/// <summary>
/// Reads and checks the tools' arguments. A bad argument becomes an <see cref="McpException"/>, which the SDK returns as
/// a tool error (isError) whose message names the argument and the values it accepts; nothing here ever throws anything else.
/// </summary>
internal static class Arguments
{
    public const string DateFormats = "an EDTF date: yyyy, yyyy-MM or yyyy-MM-dd (2009, 2009-09, 2009-09-25), or a decade or century such as 199X or 18XX";

    /// <summary>Fails with a message naming the argument.</summary>
    public static McpException Bad(string argument, string message) => new($"Invalid argument '{argument}': {message}");

    public static string? Kind(string? kind)
    {
        if (Blank(kind))
        {
            return null;
        }

        var k = kind!.Trim().ToLowerInvariant();
        return RecordViews.Kinds.Contains(k)
            ? k
            : throw Bad("kind", $"unknown record kind '{kind}'. Accepted values: {string.Join(", ", RecordViews.Kinds)}.");
    }

    public static Topic? Topic(string? topic)
    {
        if (Blank(topic))
        {
            return null;
        }

        return Wording.ParseCode<Topic>(topic!)
            ?? throw Bad("topic", $"unknown topic '{topic}'. Accepted values: {Wording.Codes<Topic>()}.");
    }

    public static Standing? Standing(string? standing)
    {
        if (Blank(standing))
        {
            return null;
        }

        return Wording.ParseCode<Standing>(standing!)
            ?? throw Bad("standing", $"unknown standing '{standing}'. Accepted values: {Wording.Codes<Standing>()}.");
    }

    public static QuantityBound? Bound(string? bound)
    {
        if (Blank(bound))
        {
            return null;
        }

        return Wording.ParseCode<QuantityBound>(bound!)
            ?? throw Bad("bound", $"unknown bound '{bound}'. Accepted values: {Wording.Codes<QuantityBound>()}.");
    }

    public static QuantityUnit? Unit(string? unit)
    {
        if (Blank(unit))
        {
            return null;
        }

        return Wording.ParseCode<QuantityUnit>(unit!)
            ?? throw Bad("unit", $"unknown unit '{unit}'. Accepted values: {Wording.Codes<QuantityUnit>()}.");
    }

    public static DateMatch Match(string? match) =>
        Blank(match) ? DateMatch.Possibly
        : Wording.ParseCode<DateMatch>(match!)
            ?? throw Bad("match", $"unknown value '{match}'. Accepted values: possibly (the date may fall in the range; the default), certainly (it falls in the range whatever its precision).");

    /// <summary>An actor by id, or by its name or another name the article uses (case-insensitive).</summary>
    public static Actor? Actor(LaosRightsDataset data, string? actor, string argument = "actor")
    {
        if (Blank(actor))
        {
            return null;
        }

        var key = actor!.Trim();
        if (data.Actors.TryGet(key, out var byId))
        {
            return byId;
        }

        return data.Actors.FirstOrDefault(a => Same(a.Name, key) || a.OtherNames.Any(n => Same(n, key)))
            ?? throw Bad(argument, $"unknown actor '{actor}'. Give an actor id or name; closest: {Suggest(data.Actors.Select(a => (a.Id, a.Name)), key)}.");
    }

    /// <summary>A place by id, ISO 3166 code, or name (case-insensitive).</summary>
    public static Place? Place(LaosRightsDataset data, string? place)
    {
        if (Blank(place))
        {
            return null;
        }

        var key = place!.Trim();
        return data.FindPlace(key)
            ?? data.Places.FirstOrDefault(p => Same(p.Name, key) || p.OtherNames.Any(n => Same(n, key)))
            ?? throw Bad("place", $"unknown place '{place}'. Give a place id, an ISO 3166 code (LA, TH, LA-XI) or a name; closest: {Suggest(data.Places.Select(p => (p.Id, p.Name)), key)}.");
    }

    /// <summary>The days from <paramref name="from"/> to <paramref name="to"/>, or null when neither is given.</summary>
    public static DateInterval? Period(string? from, string? to)
    {
        var first = Date("from", from);
        var last = Date("to", to);
        if (first is null && last is null)
        {
            return null;
        }

        if (first is { } f && last is { } l && l.Latest < f.Earliest)
        {
            throw Bad("from", $"the date range is reversed: 'from' ({f}) is after 'to' ({l}). Give 'from' on or before 'to'.");
        }

        return new DateInterval(first?.Earliest ?? LocalDate.MinIsoValue, last?.Latest ?? LocalDate.MaxIsoValue);
    }

    public static int Limit(int? limit, int fallback, int maximum) => limit switch
    {
        null => fallback,
        < 1 => throw Bad("limit", $"{limit} is not a number of records. Accepted values: 1 to {maximum} (default {fallback})."),
        _ when limit > maximum => throw Bad("limit", $"{limit} is too many. Accepted values: 1 to {maximum} (default {fallback})."),
        _ => limit.Value,
    };

    /// <summary>A record of the dataset by id, or a tool error that suggests the closest ids.</summary>
    public static DatasetRecord Record(RecordViews views, string? id)
    {
        if (Blank(id))
        {
            throw Bad("id", "it is empty. Give a record id such as 'iccpr-ratification-2009' (ids appear in every result of search_records, chronology, figures and who_says).");
        }

        var key = id!.Trim();
        return views.Data.TryGetRecord(key, out var record)
            ? record
            : throw Bad("id", $"no record has the id '{id}'. Ids are kebab-case; closest: {Suggest(views.Data.AllRecords.Select(r => (r.Id, views.TitleOf(r))), key)}. Use search_records to find ids.");
    }

    public static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static PartialDate? Date(string argument, string? text)
    {
        if (Blank(text))
        {
            return null;
        }

        return PartialDate.TryParse(text!.Trim(), out var date)
            ? date
            : throw Bad(argument, $"'{text}' is not a date. Accepted: {DateFormats}.");
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>Up to five ids whose id or name shares the most words with <paramref name="key"/>, as "id (name)".</summary>
    private static string Suggest(IEnumerable<(string Id, string Name)> candidates, string key)
    {
        var words = Words(key);
        var all = candidates.ToList();
        var ranked = all
            .Select(c => (c.Id, c.Name, Score: Words(c.Id + " " + c.Name).Count(w => words.Any(k => w.StartsWith(k, StringComparison.Ordinal) || k.StartsWith(w, StringComparison.Ordinal)))))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score)
            .Take(5)
            .Select(c => $"'{c.Id}' ({c.Name})")
            .ToList();
        if (ranked.Count > 0)
        {
            return string.Join(", ", ranked);
        }

        // Nothing resembles the key: show a spread of real ids so the form is plain.
        var examples = Enumerable.Range(0, Math.Min(5, all.Count)).Select(i => all[i * all.Count / Math.Min(5, all.Count)]);
        return "none resembles it; for example " + string.Join(", ", examples.Select(c => $"'{c.Id}' ({c.Name})"));
    }

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', '-', '_', ',', '.', '(', ')', '"', '\''], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2).ToHashSet();
}
