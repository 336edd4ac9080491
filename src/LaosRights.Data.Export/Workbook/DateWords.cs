using System.Globalization;
using NodaTime;

namespace LaosRights.Data.Workbook;

/// <summary>
/// Partial dates in words for readers of the workbook: a readable form ("October 1999", "2004 to 2005", "until October
/// 2009") and a sentence saying what the date means (which days it can be, and whether it was derived).
/// </summary>
/// <remarks>
/// A seam: once the model has a display form of its own (issue 13), <see cref="Readable(PartialDateInterval)"/> should
/// use it, so that the workbook and the API say a date the same way.
/// </remarks>
internal static class DateWords
{
    public static string Readable(PartialDateInterval date) => date switch
    {
        { IsOpenStart: true, End: { } end } => "until " + Readable(end),
        { IsOpenEnd: true, Start: { } start } => "from " + Readable(start) + " on",
        { IsSingle: true, Start: { } single } => Readable(single),
        { Start: { } start, End: { } end } => Readable(start) + " to " + Readable(end),
        _ => date.ToString(),
    };

    public static string Readable(PartialDate date)
    {
        var text = date.Precision switch
        {
            DatePrecision.Day => Day(date.Earliest),
            DatePrecision.Month => Month(date.Year, date.Month!.Value),
            DatePrecision.Year => date.Year.ToString(CultureInfo.InvariantCulture),
            DatePrecision.Decade => $"the {date.Year.ToString(CultureInfo.InvariantCulture)}s",
            _ => $"the {date.Year.ToString(CultureInfo.InvariantCulture)}s (century)",
        };
        return (date.IsApproximate ? "about " + text : text) + (date.IsUncertain ? " (uncertain)" : "");
    }

    /// <summary>What the date means: the days it can be, at which precision, and how it was found.</summary>
    /// <param name="date">The date.</param>
    /// <param name="derivation">How the date was derived when the article does not state it; <see langword="null"/> when stated.</param>
    public static string Meaning(PartialDateInterval date, string? derivation)
    {
        var days = date switch
        {
            { IsOpenStart: true, End: { } end } =>
                $"An interval whose start the article does not give, ending {Within(end)}: on or before {Day(end.Latest)}.",
            { IsOpenEnd: true, Start: { } start } =>
                $"An interval starting {Within(start)}, with no end given: on or after {Day(start.Earliest)}.",
            { IsSingle: true, Start: { } single } => single.Precision == DatePrecision.Day
                ? $"The day {Day(single.Earliest)}."
                : $"Some time {Within(single)}: any day from {Day(single.Earliest)} to {Day(single.Latest)}; the article gives the {Words(single.Precision)} only.",
            { Start: { } start, End: { } end } =>
                $"An interval from {SomeTime(start)} to {SomeTime(end)}: from {Day(start.Earliest)} to {Day(end.Latest)} at the widest.",
            _ => date.ToString(),
        };
        var qualified = date.Start is { IsApproximate: true } || date.End is { IsApproximate: true } ? " Approximate, as the article says." : "";
        var uncertain = date.Start is { IsUncertain: true } || date.End is { IsUncertain: true } ? " Uncertain, as the article says." : "";
        var source = derivation is null ? " As the article states it." : " Derived: " + derivation;
        return days + qualified + uncertain + source;
    }

    private static string Within(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => "on " + Day(date.Earliest),
        DatePrecision.Month => "in " + Month(date.Year, date.Month!.Value),
        _ => "in " + Readable(date.WithApproximate(false).WithUncertain(false)),
    };

    private static string SomeTime(PartialDate date) =>
        date.Precision == DatePrecision.Day ? Day(date.Earliest) : "some time " + Within(date);

    private static string Words(DatePrecision precision) => precision switch
    {
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        DatePrecision.Decade => "decade",
        DatePrecision.Century => "century",
        _ => "day",
    };

    private static string Day(LocalDate day) => day.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);

    private static string Month(int year, int month) =>
        CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month) + " " + year.ToString(CultureInfo.InvariantCulture);
}
