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

    /// <summary>The standing of a statement, in words that name who stands behind it.</summary>
    public static string Standing(Standing standing, IReadOnlyList<string> claimants)
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
                : $"claimed by {by}, in their own interest; the article does not confirm it",
            Data.Standing.OfficiallyStated => by is null
                ? "an official position; the article names no official source, and it is not a finding that it holds in practice"
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

    /// <summary>A figure's amount in words that say how to read it.</summary>
    public static string Amount(Quantity quantity)
    {
        var unit = Code(quantity.Unit);
        var n = quantity.Value is { } v ? $"{v.ToString("N0", Invariant)} {unit}" : null;
        return quantity.Bound switch
        {
            QuantityBound.Exact => $"exactly {n}, as the article gives it",
            QuantityBound.Approximate => $"an estimate of about {n}, not a count",
            QuantityBound.AtLeast => $"a lower bound (at least {n}), not a count",
            QuantityBound.MoreThan => $"a lower bound (more than {n}; the article gives no upper limit), not a count",
            QuantityBound.AtMost => $"an upper bound (at most {n}), not a count",
            QuantityBound.Between => $"a range from {n} to {quantity.UpperValue?.ToString("N0", Invariant)} {unit}, not a count",
            QuantityBound.Unquantified => "not a number; the article gives no figure",
            _ => throw new ArgumentOutOfRangeException(nameof(quantity), quantity.Bound, "Not a defined QuantityBound value."),
        };
    }

    /// <summary>Names joined as a person lists them: "A", "A and B", "A, B and C".</summary>
    public static string Names(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
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
