using System.Globalization;

namespace LaosRights.Data;

/// <summary>The words the report uses for the model's values; culture-invariant, so the same data gives the same bytes.</summary>
internal static class ReportText
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>A date in words at its precision: "25 September 2009", "October 1999", "1990", "the 1990s", "the 19th century"; "about …" when approximate, "… (uncertain)" when uncertain.</summary>
    /// <param name="date">The date.</param>
    /// <param name="shortMonths">Whether to write months in three letters ("25 Sep 2009"), for the chart's narrow column.</param>
    public static string Date(PartialDate date, bool shortMonths = false)
    {
        var month = date.Month is { } m ? (shortMonths ? Months[m - 1][..3] : Months[m - 1]) : "";
        var text = date.Precision switch
        {
            DatePrecision.Day => $"{date.Day} {month} {date.Year}",
            DatePrecision.Month => $"{month} {date.Year}",
            DatePrecision.Year => date.Year.ToString(CultureInfo.InvariantCulture),
            DatePrecision.Decade => $"the {date.Year}s",
            _ => $"the {Ordinal((date.Year / 100) + 1)} century",
        };
        if (date.IsApproximate)
        {
            text = "about " + text;
        }

        return date.IsUncertain ? text + " (uncertain)" : text;
    }

    /// <summary>An interval in words: a single date, "since 1989", "by October 2009", "2004 to 2005".</summary>
    /// <param name="date">The interval.</param>
    /// <param name="shortMonths">Whether to write months in three letters, for the chart's narrow column.</param>
    public static string Date(PartialDateInterval date, bool shortMonths = false)
    {
        if (date.IsSingle)
        {
            return Date(date.Start!.Value, shortMonths);
        }

        if (date.Start is not { } start)
        {
            return "by " + Date(date.End!.Value, shortMonths);
        }

        return date.End is { } end ? $"{Date(start, shortMonths)} to {Date(end, shortMonths)}" : "since " + Date(start, shortMonths);
    }

    /// <summary>How precisely a date is known, in words: "to the day", "to the year, open end".</summary>
    public static string Precision(PartialDateInterval date)
    {
        var known = new[] { date.Start, date.End }.OfType<PartialDate>().Select(d => Precision(d.Precision)).Distinct();
        var text = "to the " + string.Join(" / ", known);
        if (date.IsOpenStart)
        {
            text += ", no start";
        }

        if (date.IsOpenEnd)
        {
            text += ", no end";
        }

        return text;
    }

    /// <summary>What a date is the date of, in words: "when it happened", "when it was published", "a deadline (not when it happened)".</summary>
    public static string Meaning(DateMeaning meaning) => meaning switch
    {
        DateMeaning.Happened => "when it happened",
        DateMeaning.Published => "when it was published",
        DateMeaning.Reported => "when it was made or reported",
        DateMeaning.Submitted => "when it was submitted",
        DateMeaning.Promulgated => "when it was promulgated",
        DateMeaning.Edition => "the edition",
        DateMeaning.Expected => "when it was expected (not that it happened)",
        DateMeaning.Deadline => "a deadline (not when it happened)",
        DateMeaning.Said => "when the words were said",
        _ => Words(meaning.ToString()),
    };

    public static string Precision(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        DatePrecision.Decade => "decade",
        _ => "century",
    };

    /// <summary>A PascalCase name in lower-case words: ConcernRaised → "concern raised".</summary>
    public static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? " " : "") + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>A PascalCase name in kebab-case, as in the JSON: ConcernRaised → "concern-raised".</summary>
    public static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    public static StandingLabel Standing(Standing standing) => new(Words(standing.ToString()), Kebab(standing.ToString()));

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A coordinate for SVG: at most one decimal, invariant culture.</summary>
    public static string Coordinate(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count with its noun, singular for one: "1 claim", "35 claims", "0 claims".</summary>
    public static string Count(int value, string singular, string plural) => Count(value) + " " + (value == 1 ? singular : plural);

    public static string Ordinal(int n) =>
        n.ToString(CultureInfo.InvariantCulture) + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    /// <summary>Shortens <paramref name="text"/> to at most <paramref name="max"/> characters at a word boundary, ending with "…".</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return string.Concat(text.AsSpan(0, cut > max / 2 ? cut : max - 1).TrimEnd(" ,;:".AsSpan()), "…");
    }

    /// <summary>How the article bounds a quantity, in words: "exactly", "around", "at least", "more than", "at most", "between", "no number given".</summary>
    public static string Bound(QuantityBound bound) => bound switch
    {
        QuantityBound.Exact => "exactly",
        QuantityBound.Approximate => "around",
        QuantityBound.AtLeast => "at least",
        QuantityBound.MoreThan => "more than",
        QuantityBound.AtMost => "at most",
        QuantityBound.Between => "between",
        _ => "no number given",
    };

    /// <summary>A quantity's range as the article bounds it: "exactly 30", "around 5,000", "more than 10,000", "at most 200,000", "between 2 and 3", "no number given" (no unit: "thousands" counts people, but gives no number of them).</summary>
    public static string Range(Quantity quantity) => quantity.Bound == QuantityBound.Unquantified ? "no number given" : quantity.Bound switch
    {
        QuantityBound.Between => $"between {Number(quantity.Value!.Value)} and {Number(quantity.UpperValue!.Value)}",
        _ => $"{Bound(quantity.Bound)} {Number(quantity.Value!.Value)}",
    } + " " + Words(quantity.Unit.ToString());
}
