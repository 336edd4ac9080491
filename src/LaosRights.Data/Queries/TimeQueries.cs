using NodaTime;

namespace LaosRights.Data;

/// <summary>
/// Date filters and chronological ordering that respect the precision of the data: a year stays a year,
/// "since 1989" stays open-ended, an undated event is never given a date.
/// </summary>
/// <remarks>
/// <para>
/// Every method is deferred, like LINQ's own: nothing is read until the result is enumerated, and then
/// the source is read once. Arguments are checked when the method is called.
/// </para>
/// <para>
/// Time filters never match an undated record (<c>Date</c> is <see langword="null"/>): nothing says when it happened.
/// With <see cref="DateMatch.Possibly"/> (the default) open-ended dates match every period they reach, so
/// "since 1989" possibly falls in 2009 and "since the 19th century" possibly falls in 1990; with
/// <see cref="DateMatch.Certainly"/> only dates wholly inside the period match, so a year matches itself and any
/// period that covers it, but never a month inside it.
/// </para>
/// </remarks>
public static class TimeQueries
{
    /// <summary>
    /// Orders events chronologically (total and stable): dated events first, by their first known point in time
    /// (the <see cref="PartialDateInterval.Start"/>, or the <see cref="PartialDateInterval.End"/> of an interval open at the
    /// start: "by October 2009" sits at October 2009), then by the whole date (<see cref="PartialDateInterval.CompareTo(PartialDateInterval)"/>,
    /// which orders mixed precisions: 2009 before 2009-09 before 2009-09-25), then by
    /// <see cref="DatasetRecord.NarrativePosition"/>, then by <see cref="DatasetRecord.Id"/> (ordinal);
    /// then the undated events, in the order the article tells them (narrative position, then id).
    /// </summary>
    public static IComparer<Event> ChronologicalComparer { get; } = new EventChronology();

    /// <summary>Keeps the events whose date falls in <paramref name="year"/> (possibly or certainly, see <see cref="DateMatch"/>).</summary>
    /// <param name="source">The events.</param>
    /// <param name="year">The calendar year (ISO), from 0 to 9999, the years of <see cref="PartialDate"/>.</param>
    /// <param name="match">Whether the date must certainly fall in the year, or only possibly; by default possibly.</param>
    /// <returns>The matching events, in the order of <paramref name="source"/>; undated events never match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not from 0 to 9999, or <paramref name="match"/> is not a defined value.</exception>
    public static IEnumerable<Event> InYear(this IEnumerable<Event> source, int year, DateMatch match = DateMatch.Possibly) =>
        Dated(source, e => e.Date, YearInterval(year), match);

    /// <summary>Keeps the figures whose date falls in <paramref name="year"/>; see <see cref="InYear(IEnumerable{Event}, int, DateMatch)"/>.</summary>
    /// <param name="source">The figures.</param>
    /// <param name="year">The calendar year (ISO), from 0 to 9999, the years of <see cref="PartialDate"/>.</param>
    /// <param name="match">Whether the date must certainly fall in the year, or only possibly; by default possibly.</param>
    /// <returns>The matching figures; figures without a date never match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not from 0 to 9999, or <paramref name="match"/> is not a defined value.</exception>
    public static IEnumerable<Figure> InYear(this IEnumerable<Figure> source, int year, DateMatch match = DateMatch.Possibly) =>
        Dated(source, f => f.Date, YearInterval(year), match);

    /// <summary>Keeps the claims whose date falls in <paramref name="year"/>; see <see cref="InYear(IEnumerable{Event}, int, DateMatch)"/>.</summary>
    /// <param name="source">The claims.</param>
    /// <param name="year">The calendar year (ISO), from 0 to 9999, the years of <see cref="PartialDate"/>.</param>
    /// <param name="match">Whether the date must certainly fall in the year, or only possibly; by default possibly.</param>
    /// <returns>The matching claims; claims without a date never match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not from 0 to 9999, or <paramref name="match"/> is not a defined value.</exception>
    public static IEnumerable<Claim> InYear(this IEnumerable<Claim> source, int year, DateMatch match = DateMatch.Possibly) =>
        Dated(source, c => c.Date, YearInterval(year), match);

    /// <summary>
    /// Keeps the events whose date falls in <paramref name="interval"/> (both ends included), possibly or certainly:
    /// "2009" possibly falls in September 2009 and certainly falls in 2008–2010.
    /// </summary>
    /// <param name="source">The events.</param>
    /// <param name="interval">The days, both ends included, in the ISO calendar.</param>
    /// <param name="match">Whether the date must certainly fall in the interval, or only possibly; by default possibly.</param>
    /// <returns>The matching events, in the order of <paramref name="source"/>; undated events never match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="interval"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="match"/> is not a defined value.</exception>
    public static IEnumerable<Event> During(this IEnumerable<Event> source, DateInterval interval, DateMatch match = DateMatch.Possibly) =>
        Dated(source, e => e.Date, CheckInterval(interval), match);

    /// <summary>Keeps the figures whose date falls in <paramref name="interval"/>; see <see cref="During(IEnumerable{Event}, DateInterval, DateMatch)"/>.</summary>
    /// <param name="source">The figures.</param>
    /// <param name="interval">The days, both ends included, in the ISO calendar.</param>
    /// <param name="match">Whether the date must certainly fall in the interval, or only possibly; by default possibly.</param>
    /// <returns>The matching figures; figures without a date never match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="interval"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="match"/> is not a defined value.</exception>
    public static IEnumerable<Figure> During(this IEnumerable<Figure> source, DateInterval interval, DateMatch match = DateMatch.Possibly) =>
        Dated(source, f => f.Date, CheckInterval(interval), match);

    /// <summary>Keeps the claims whose date falls in <paramref name="interval"/>; see <see cref="During(IEnumerable{Event}, DateInterval, DateMatch)"/>.</summary>
    /// <param name="source">The claims.</param>
    /// <param name="interval">The days, both ends included, in the ISO calendar.</param>
    /// <param name="match">Whether the date must certainly fall in the interval, or only possibly; by default possibly.</param>
    /// <returns>The matching claims; claims without a date never match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="interval"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="match"/> is not a defined value.</exception>
    public static IEnumerable<Claim> During(this IEnumerable<Claim> source, DateInterval interval, DateMatch match = DateMatch.Possibly) =>
        Dated(source, c => c.Date, CheckInterval(interval), match);

    /// <summary>Orders events chronologically, undated events last in narrative order; see <see cref="ChronologicalComparer"/>.</summary>
    /// <remarks>The order is total (no two distinct events compare equal unless they share an id) and does not depend on the order of <paramref name="source"/>.</remarks>
    /// <param name="source">The events.</param>
    /// <returns>The events in chronological order (deferred; sorted when first enumerated).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static IEnumerable<Event> InChronologicalOrder(this IEnumerable<Event> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.WithoutNulls(nameof(source)).Order(ChronologicalComparer);
    }

    private static IEnumerable<T> Dated<T>(IEnumerable<T> source, Func<T, PartialDateInterval?> date, DateInterval interval, DateMatch match)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(source);
        return match switch
        {
            DateMatch.Possibly => source.WithoutNulls(nameof(source)).Where(r => date(r)?.Overlaps(interval) == true),
            DateMatch.Certainly => source.WithoutNulls(nameof(source)).Where(r => date(r)?.IsWithin(interval) == true),
            _ => throw new ArgumentOutOfRangeException(nameof(match), match, "Not a defined DateMatch value."),
        };
    }

    private static DateInterval YearInterval(int year)
    {
        // The years of PartialDate: 0 (1 BCE, which the ISO calendar and EDTF number 0) to 9999.
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        return new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    private static DateInterval CheckInterval(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        if (interval.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"The interval must be in the ISO calendar, not in the {interval.Calendar.Id} calendar.", nameof(interval));
        }

        return interval;
    }

    private sealed class EventChronology : IComparer<Event>
    {
        public int Compare(Event? x, Event? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null)
            {
                return -1;
            }

            if (y is null)
            {
                return 1;
            }

            if (x.Date is { } dx)
            {
                if (y.Date is not { } dy)
                {
                    return -1;
                }

                int c = FirstKnown(dx).CompareTo(FirstKnown(dy));
                if (c == 0)
                {
                    c = dx.CompareTo(dy);
                }

                if (c != 0)
                {
                    return c;
                }
            }
            else if (y.Date is not null)
            {
                return 1;
            }

            int n = x.NarrativePosition.CompareTo(y.NarrativePosition);
            return n != 0 ? n : string.CompareOrdinal(x.Id, y.Id);
        }

        private static PartialDate FirstKnown(PartialDateInterval date) => date.Start ?? date.End!.Value;
    }
}
