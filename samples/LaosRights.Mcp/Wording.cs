using System.Globalization;
using LaosRights.Data;

namespace LaosRights.Mcp;

/// <summary>
/// The words the server uses for precision and standing: written for a language model, so that no reading can turn a
/// bound into a count, a year into a day, or an allegation into a fact.
/// </summary>
/// <remarks>
/// This is the one place that turns the model's values into words. The plain display of a date ("25 September 2009",
/// "October 1999", "1989 onwards") is the library's (<see cref="PartialDateInterval.ToDisplayString"/>); the
/// MCP-specific sentences around it (precision, standing, what a date means, how to read an amount) are here.
/// </remarks>
internal static class Wording
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// The standing of a statement, in words that name who stands behind it; for an official position with no named
    /// claimant, the linked sources (their titles) the article takes it from, when there are any.
    /// </summary>
    public static string Standing(Standing standing, IReadOnlyList<string> claimants, IReadOnlyList<string>? sources = null)
    {
        var by = claimants.Count == 0 ? null : Names(claimants);
        return standing switch
        {
            Data.Standing.Stated => "stated by the article in its own voice",
            Data.Standing.Reported => by is null
                ? "reported; the article names no reporter and does not confirm it"
                : $"reported by {by}; the article relays it and does not confirm it",
            Data.Standing.Alleged => by is null
                ? "alleged; the article names no accuser"
                : $"alleged by {by}; an accusation, not an established fact",
            Data.Standing.ConcernRaised => by is null
                ? "a concern raised; the article names no one who raised it, and it is not a finding of the article"
                : $"a concern raised by {by}; their concern, not a finding of the article",
            Data.Standing.Claimed => by is null
                ? "claimed; the article names no claimant and does not confirm it"
                : $"claimed by {by} (the article's word for it is a claim); the article does not confirm it",
            Data.Standing.OfficiallyStated => by is null
                ? sources is { Count: > 0 }
                    ? $"an official position, as stated in {Join(sources)}; not a finding that it holds in practice"
                    : "an official position; the article names no official source, and it is not a finding that it holds in practice"
                : $"the official position of {by}; not a finding that it holds in practice",
            Data.Standing.Denied => by is null
                ? "denied; the article names no one who denied it"
                : $"denied by {by}",
            Data.Standing.Disputed => by is null
                ? "disputed; the article names no one who disputed it"
                : $"disputed by {by}",
            Data.Standing.Documented => by is null
                ? "documented first-hand; the article names no one who documented it"
                : $"documented first-hand by {by}",
            Data.Standing.Expected => by is null
                ? "expected, not confirmed"
                : $"expected, not confirmed (according to {by})",
            _ => throw new ArgumentOutOfRangeException(nameof(standing), standing, "Not a defined Standing value."),
        };
    }

    /// <summary>The machine-readable (kebab-case) name of a vocabulary value, as in the dataset's JSON: <c>concern-raised</c>.</summary>
    public static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>Reads a kebab-case vocabulary value (case-insensitive; hyphens optional), or returns <see langword="null"/>.</summary>
    public static TEnum? ParseCode<TEnum>(string text)
        where TEnum : struct, Enum
    {
        var bare = text.Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(bare, value.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Every value of a vocabulary, kebab-case, comma-separated.</summary>
    public static string Codes<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(Code));

    /// <summary>
    /// A date with its precision in words: "year only: 1990", "range: 2004 to 2005 (years only)"; followed by what the
    /// date is the date of unless it is when the thing happened ("the date it was expected, not that it happened").
    /// </summary>
    public static string Date(PartialDateInterval? date, string? derivation, DateMeaning meaning = DateMeaning.Happened)
    {
        if (date is not { } d)
        {
            return "undated: the article gives no date";
        }

        // The plain display of the date is the library's (PartialDateInterval.ToDisplayString: "25 September 2009",
        // "1989 onwards", "since the 19th century", "by October 2009", "2004 to 2005"); the words around it are ours.
        var display = d.ToDisplayString();
        string reading;
        if (d.IsSingle)
        {
            reading = $"{PrecisionWords(d.Start!.Value)}: {display}";
        }
        else if (d.Start is null)
        {
            reading = $"no start given: {display} ({PrecisionWords(d.End!.Value)})";
        }
        else if (d.End is null)
        {
            reading = $"open-ended: {display} ({PrecisionWords(d.Start.Value)}); no end given";
        }
        else
        {
            var (start, end) = (d.Start.Value, d.End.Value);
            var precision = start.Precision == end.Precision && !start.IsApproximate && !end.IsApproximate && !start.IsUncertain && !end.IsUncertain
                ? PluralPrecision(start.Precision)
                : $"{PrecisionWords(start)} to {PrecisionWords(end)}";
            reading = $"range: {display} ({precision})";
        }

        if (meaning != DateMeaning.Happened)
        {
            reading += "; " + Meaning(meaning);
        }

        return derivation is null ? reading : $"{reading}; derived, not stated in the article: {derivation}";
    }

    /// <summary>What a date is the date of, in words.</summary>
    public static string Meaning(DateMeaning meaning) => meaning switch
    {
        DateMeaning.Happened => "the date it happened",
        DateMeaning.Published => "the date it was published",
        DateMeaning.Reported => "the date it was made or reported",
        DateMeaning.Submitted => "the date it was submitted",
        DateMeaning.Promulgated => "the date it was promulgated or adopted",
        DateMeaning.Edition => "the edition year",
        DateMeaning.Expected => "the date it was expected, not that it happened",
        DateMeaning.Deadline => "a deadline, not when it happened",
        DateMeaning.Said => "the date the words were said",
        _ => throw new ArgumentOutOfRangeException(nameof(meaning), meaning, "Not a defined DateMeaning value."),
    };

    /// <summary>
    /// A figure's amount in words that say how to read it; a unit in the singular for 1 ("1 person", "1 year"); "not a
    /// count" only for counts of people, not for lengths of time.
    /// </summary>
    public static string Amount(Quantity quantity)
    {
        var notExact = quantity.Unit == QuantityUnit.People ? ", not a count" : ", not an exact length";
        var n = quantity.Value is { } v ? Number(v, quantity.Unit) : null;
        return quantity.Bound switch
        {
            QuantityBound.Exact => $"exactly {n}, as the article gives it",
            QuantityBound.Approximate => $"an estimate of about {n}{notExact}",
            QuantityBound.AtLeast => $"a lower bound (at least {n}){notExact}",
            QuantityBound.MoreThan => $"a lower bound (more than {n}; the article gives no upper limit){notExact}",
            QuantityBound.AtMost => $"an upper bound (at most {n}){notExact}",
            QuantityBound.Between => $"a range from {quantity.Value?.ToString("N0", Invariant)} to {(quantity.UpperValue is { } u ? Number(u, quantity.Unit) : "?")}{notExact}",
            QuantityBound.Unquantified => "not a number; the article gives no figure",
            _ => throw new ArgumentOutOfRangeException(nameof(quantity), quantity.Bound, "Not a defined QuantityBound value."),
        };
    }

    /// <summary>A number with its unit, singular for 1: "1 person", "10,000 people", "1 year", "3 years".</summary>
    public static string Number(long value, QuantityUnit unit)
    {
        var one = value == 1;
        var word = unit switch
        {
            QuantityUnit.People => one ? "person" : "people",
            QuantityUnit.Years => one ? "year" : "years",
            _ => Code(unit),
        };
        return $"{value.ToString("N0", Invariant)} {word}";
    }

    /// <summary>
    /// The date reading of a figure with no date of its own whose event is dated: "no date of its own; its event
    /// thai-military-preparing-forced-return-2009 is dated by the end of 2009 (a deadline, not when it happened)".
    /// </summary>
    public static string EventDate(string eventId, PartialDateInterval eventDate, DateMeaning meaning) =>
        $"no date of its own; its event {eventId} is dated {eventDate.ToDisplayString()} ({Meaning(meaning)})";

    /// <summary>
    /// Actor names joined as a person lists them ("A", "A and B", "A, B and C"), for use inside a sentence: a name that
    /// is a common phrase rather than a proper name ("Other non-governmental organizations", "Security forces") loses its
    /// capital there ("… and other non-governmental organizations"); the first name keeps it when
    /// <paramref name="midSentence"/> is false (a label that starts with it).
    /// </summary>
    public static string Names(IReadOnlyList<string> names, bool midSentence = true) =>
        Join(names.Select((name, i) => midSentence || i > 0 ? InSentence(name) : name).ToList());

    /// <summary>Titles or names joined as they are: "A", "A and B", "A, B and C".</summary>
    public static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>
    /// A name as it reads inside a sentence: lower-case first letter when it begins with a common English word and is not
    /// written in title case ("Some officials" → "some officials"; "Human Rights Watch", "Lao authorities", "The New
    /// York Times" unchanged). A proper name is never lowered: the list holds common words only.
    /// </summary>
    public static string InSentence(string name)
    {
        var words = name.Split(' ');
        var common = CommonFirstWords.Contains(words[0]);
        var titleCase = words.Length > 1 && words[1].Length > 0 && char.IsUpper(words[1][0]);
        return common && !titleCase ? char.ToLowerInvariant(name[0]) + name[1..] : name;
    }

    private static readonly HashSet<string> CommonFirstWords = new(StringComparer.Ordinal)
    {
        "Other", "Some", "Security", "Prison", "Police", "International", "Independent", "Human", "Two", "Third", "People",
        "Groups", "Outside", "Foreign", "Countries", "The", "Animist", "Royalist", "Mountains", "Jungles", "Temporary",
    };

    private static string PrecisionWords(PartialDate date)
    {
        var words = date.Precision switch
        {
            DatePrecision.Day => "day",
            DatePrecision.Month => "month only",
            DatePrecision.Year => "year only",
            DatePrecision.Decade => "decade only",
            _ => "century only",
        };
        if (date.IsApproximate)
        {
            words += ", approximate";
        }

        return date.IsUncertain ? words + ", uncertain" : words;
    }

    private static string PluralPrecision(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "days",
        DatePrecision.Month => "months only",
        DatePrecision.Year => "years only",
        DatePrecision.Decade => "decades only",
        _ => "centuries only",
    };
}
