using NodaTime;

namespace LaosRights.Data;

/// <summary>
/// Date filters and chronological ordering, for any <see cref="IDatedRecord"/> and mixtures of kinds, that respect the precision of the data: a year stays a year,
/// "since 1989" stays open-ended, an undated event is never given a date.
/// </summary>
/// <remarks>
/// <para>
/// Every method is deferred, like LINQ's own: nothing is read until the result is enumerated, and then
/// the source is read once. Arguments are checked when the method is called.
/// </para>
/// <para>
/// Time filters never match an undated record (<c>Date</c> is <see langword="null"/>): nothing says when it happened.
/// On a chronology (<see cref="ChronologyQueries.Chronology(LaosRightsDataset)"/>) the date is the entry's placing date,
/// so an event the article places by sequence matches through the interval its bounds allow: possibly when that interval
/// overlaps the period (the sentencing of the October 1999 poster detainees, October 1999 to October 2009, is possibly in
/// 2005), certainly only when it lies inside it; an entry whose bounds give no date (<c>repatriations-started</c>: only
/// "later" than a report, before another whose date is open) matches neither.
/// With <see cref="DateMatch.Possibly"/> (the default) open-ended dates match every period they reach, so
/// "since 1989" possibly falls in 2009 and "since the 19th century" possibly falls in 1990; with
/// <see cref="DateMatch.Certainly"/> only dates wholly inside the period match, so a year matches itself and any
/// period that covers it, but never a month inside it.
/// </para>
/// </remarks>
public static class TimeQueries
{
    /// <summary>
    /// Orders dated records chronologically (total and stable): records with a date first, by their first known point in time
    /// (the <see cref="PartialDateInterval.Start"/>, or the <see cref="PartialDateInterval.End"/> of an interval open at the
    /// start: "by October 2009" sits at October 2009), then by the whole date (together, the natural order of the date:
    /// <see cref="PartialDateInterval.CompareTo(PartialDateInterval)"/>, which orders mixed precisions: 2009 before 2009-09
    /// before 2009-09-25), then by
    /// <see cref="DatasetRecord.NarrativePosition"/>, then by <see cref="DatasetRecord.Id"/> (ordinal);
    /// then the undated records, in the order the article tells them (narrative position, then id).
    /// </summary>
    /// <remarks>
    /// It compares any <see cref="IDatedRecord"/>, so it orders mixtures of kinds (events, sources, claims, scores…) and,
    /// being an <see cref="IComparer{T}"/> of the interface, serves as an <c>IComparer&lt;Event&gt;</c> too.
    /// It orders by dates alone; <see cref="ChronologyQueries.Chronology(LaosRightsDataset)"/> also places undated events by the article's links and bounds.
    /// </remarks>
    public static IComparer<IDatedRecord> ChronologicalComparer { get; } = new DatedChronology();

    /// <summary>
    /// Keeps the records (events, sources, figures, claims, quotations, scores, rankings, or a mixture) whose date falls in
    /// <paramref name="year"/>, possibly or certainly (see <see cref="DateMatch"/>).
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="source">The records.</param>
    /// <param name="year">The calendar year (ISO), from 0 to 9999, the years of <see cref="PartialDate"/>.</param>
    /// <param name="match">Whether the date must certainly fall in the year, or only possibly; by default possibly.</param>
    /// <returns>The matching records, in the order of <paramref name="source"/>; undated records never match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not from 0 to 9999, or <paramref name="match"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">(When enumerated) <paramref name="source"/> contains a null record.</exception>
    public static IEnumerable<T> InYear<T>(this IEnumerable<T> source, int year, DateMatch match = DateMatch.Possibly)
        where T : class, IDatedRecord =>
        Dated(source, YearInterval(year), match);

    /// <summary>
    /// Keeps the records whose date falls in <paramref name="interval"/> (both ends included), possibly or certainly:
    /// "2009" possibly falls in September 2009 and certainly falls in 2008–2010.
    /// </summary>
    /// <typeparam name="T">The record type: any <see cref="IDatedRecord"/>, or the interface itself for a mixture of kinds.</typeparam>
    /// <param name="source">The records.</param>
    /// <param name="interval">The days, both ends included, in the ISO calendar.</param>
    /// <param name="match">Whether the date must certainly fall in the interval, or only possibly; by default possibly.</param>
    /// <returns>The matching records, in the order of <paramref name="source"/>; undated records never match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="interval"/> is not in the ISO calendar; or (when enumerated) <paramref name="source"/> contains a null record.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="match"/> is not a defined value.</exception>
    public static IEnumerable<T> During<T>(this IEnumerable<T> source, DateInterval interval, DateMatch match = DateMatch.Possibly)
        where T : class, IDatedRecord =>
        Dated(source, CheckInterval(interval), match);

    /// <summary>
    /// Keeps the records whose date falls in the days from <paramref name="from"/> to <paramref name="to"/> (both included),
    /// for code that uses <see cref="DateOnly"/> rather than NodaTime; see <see cref="During{T}(IEnumerable{T}, DateInterval, DateMatch)"/>.
    /// </summary>
    /// <typeparam name="T">The record type: any <see cref="IDatedRecord"/>, or the interface itself for a mixture of kinds.</typeparam>
    /// <param name="source">The records.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, not before <paramref name="from"/>.</param>
    /// <param name="match">Whether the date must certainly fall in the days, or only possibly; by default possibly.</param>
    /// <returns>The matching records, in the order of <paramref name="source"/>; undated records never match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>; or (when enumerated) <paramref name="source"/> contains a null record.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="match"/> is not a defined value.</exception>
    public static IEnumerable<T> During<T>(this IEnumerable<T> source, DateOnly from, DateOnly to, DateMatch match = DateMatch.Possibly)
        where T : class, IDatedRecord =>
        Dated(source, Days(from, to), match);

    /// <summary>Orders records chronologically, undated records last in narrative order; see <see cref="ChronologicalComparer"/>.</summary>
    /// <remarks>The order is total (no two distinct records compare equal unless they share an id) and does not depend on the order of <paramref name="source"/>.</remarks>
    /// <typeparam name="T">The record type: any <see cref="IDatedRecord"/>, or the interface itself for a mixture of kinds.</typeparam>
    /// <param name="source">The records.</param>
    /// <returns>The records in chronological order (deferred; sorted when first enumerated).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">(When enumerated) <paramref name="source"/> contains a null record.</exception>
    public static IEnumerable<T> InChronologicalOrder<T>(this IEnumerable<T> source)
        where T : class, IDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.WithoutNulls(nameof(source)).Order<T>(ChronologicalComparer);
    }

    private static IEnumerable<T> Dated<T>(IEnumerable<T> source, DateInterval interval, DateMatch match)
        where T : class, IDatedRecord
    {
        ArgumentNullException.ThrowIfNull(source);
        return match switch
        {
            DateMatch.Possibly => source.WithoutNulls(nameof(source)).Where(r => r.Date?.Overlaps(interval) == true),
            DateMatch.Certainly => source.WithoutNulls(nameof(source)).Where(r => r.Date?.IsWithin(interval) == true),
            _ => throw new ArgumentOutOfRangeException(nameof(match), match, "Not a defined DateMatch value."),
        };
    }

    private static DateInterval Days(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The last day {to:yyyy-MM-dd} is before the first day {from:yyyy-MM-dd}.", nameof(to));
        }

        return new DateInterval(LocalDate.FromDateOnly(from), LocalDate.FromDateOnly(to));
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

    private sealed class DatedChronology : IComparer<IDatedRecord>
    {
        public int Compare(IDatedRecord? x, IDatedRecord? y)
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

                int c = dx.CompareTo(dy);
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
    }
}
