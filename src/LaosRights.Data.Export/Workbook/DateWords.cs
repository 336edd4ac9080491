using System.Globalization;
using NodaTime;

namespace LaosRights.Data.Workbook;

/// <summary>
/// Partial dates in words for readers of the workbook: the model's display form ("October 1999", "2004 to 2005", "by
/// October 2009", so the workbook and the API say a date the same way) and sentences saying what a date means (what it
/// is the date of, which days it can be, how it was found).
/// </summary>
internal static class DateWords
{
    /// <summary>The model's own display form of the date ("October 1999", "2004 to 2005", "by October 2009").</summary>
    public static string Readable(PartialDateInterval date) => date.ToDisplayString();

    /// <summary>
    /// What a chronology entry's date means: what it is the date of, the days it can be, and how the entry was placed
    /// (stated, derived and how, by the article's sequence and its bounds, or not at all).
    /// </summary>
    public static string Meaning(ChronologyEntry entry)
    {
        var of = entry.DateMeaning switch
        {
            DateMeaning.Happened => "When it happened.",
            DateMeaning.Published => "When it was published.",
            DateMeaning.Reported => "When it was made or reported.",
            DateMeaning.Submitted => "When it was submitted.",
            DateMeaning.Promulgated => "When it was promulgated or adopted.",
            DateMeaning.Edition => "The edition.",
            DateMeaning.Expected => "When it was expected or due, not that it happened.",
            DateMeaning.Deadline => "The deadline of something planned, not when it happened.",
            _ => "When the words were said.",
        };
        var days = entry.Date is { } date ? " " + Days(date) : "";
        var placed = entry.Placement switch
        {
            ChronologyPlacement.Stated => " As the article states it.",
            ChronologyPlacement.Derived => " Derived: " + entry.Rule,
            ChronologyPlacement.Sequence => " Undated in the article; placed by its sequence: " + entry.Rule,
            _ => " Undated: nothing in the article places it in time; the row stands after every placed row, where the article tells it.",
        };
        return entry.Placement == ChronologyPlacement.Narrative ? placed.TrimStart() : of + days + placed;
    }

    /// <summary>The days a date can be, at which precision, with the article's qualifiers (approximate, uncertain).</summary>
    public static string Days(PartialDateInterval date)
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
        return days + qualified + uncertain;
    }

    private static string Within(PartialDate date) => date.Precision == DatePrecision.Day
        ? "on " + Day(date.Earliest)
        : "in " + date.WithApproximate(false).WithUncertain(false).DisplayText(article: true);

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
}
