using System.Diagnostics.CodeAnalysis;
using System.Diagnostics;
using System.Text.Json.Serialization;
using LaosRights.Data.Serialization;
using NodaTime;

namespace LaosRights.Data;

/// <summary>
/// When something happened: a single <see cref="PartialDate"/>, a span from one partial date to another, or an
/// interval open at one end ("since 1989", "until October 2009").
/// </summary>
/// <remarks>
/// <para>
/// An interval has a <see cref="Start"/>, an <see cref="End"/>, or both; a missing side is open (EDTF <c>..</c>),
/// meaning the interval reaches indefinitely far in that direction. An interval open at both ends is not allowed,
/// and neither is an unknown side (EDTF <c>1989/</c>): this type cannot represent one.
/// </para>
/// <para>
/// The text form is EDTF (ISO 8601-2 and the Library of Congress EDTF specification of 2019): a single date
/// <c>1999-10</c>, a span <c>2004/2005</c>, or an open interval <c>1989/..</c> or <c>../2009-10</c>.
/// <see cref="Parse(string)"/> accepts what <see cref="ToString()"/> produces, so <c>Parse(x.ToString()) == x</c>
/// for every value. In JSON (System.Text.Json) the value is its EDTF string. The display form
/// (<see cref="ToDisplayString"/>, format <c>"D"</c>) is plain English: "2004 to 2005", "1989 onwards",
/// "since the 19th century", "by October 2009".
/// </para>
/// <para>
/// Which EDTF intervals this is (ISO 8601-2:2019, Level 1): two dates as <see cref="PartialDate"/> accepts them,
/// separated by one <c>/</c>, or one of them replaced by <c>..</c> for an open side. Rejected with a
/// <see cref="FormatException"/>: an unknown side (an empty side, EDTF <c>1985/</c> or <c>/1985</c>; the message
/// suggests <c>1985/..</c> where an open side is meant, which is different: open means "without limit", unknown
/// means "at a time not given", and this type cannot hold an unknown side); an interval open at both ends
/// (<c>../..</c>); an end before the start; time intervals with times or durations (<c>2009-01-01T00:00/P1M</c>);
/// more than one <c>/</c>.
/// </para>
/// <para>
/// <c>default(PartialDateInterval)</c> is a valid value: the single date <c>default(PartialDate)</c>, that is the
/// century 0000–0099 (EDTF <c>00XX</c>).
/// </para>
/// <para>This type is an immutable value type and is safe to use from several threads at once.</para>
/// </remarks>
[JsonConverter(typeof(PartialDateIntervalJsonConverter))]
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct PartialDateInterval : IEquatable<PartialDateInterval>, IComparable<PartialDateInterval>, IComparable, IFormattable, ISpanParsable<PartialDateInterval>
{
    private const byte OpenStartFlag = 1;
    private const byte OpenEndFlag = 2;

    /// <summary>The start, or <c>default(PartialDate)</c> when the start is open.</summary>
    private readonly PartialDate start;

    /// <summary>The end, or <c>default(PartialDate)</c> when the end is open.</summary>
    private readonly PartialDate end;

    /// <summary>A combination of <see cref="OpenStartFlag"/> and <see cref="OpenEndFlag"/>; never both.</summary>
    private readonly byte openEnds;

    /// <summary>Creates an interval from a start and an end, either of which may be open.</summary>
    /// <param name="start">The start, or <see langword="null"/> for an open start (EDTF <c>..</c>).</param>
    /// <param name="end">The end, or <see langword="null"/> for an open end (EDTF <c>..</c>).</param>
    /// <remarks>
    /// Equal <paramref name="start"/> and <paramref name="end"/> make the same value as <see cref="Single"/>. The end
    /// may be coarser or finer than the start, and the two may overlap (<c>2009/2009-05</c>); only an end that must
    /// lie wholly before the start is rejected.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// Both <paramref name="start"/> and <paramref name="end"/> are <see langword="null"/>; or the
    /// <see cref="PartialDate.Latest"/> of <paramref name="end"/> is before the <see cref="PartialDate.Earliest"/> of
    /// <paramref name="start"/>, so that the end is before the start.
    /// </exception>
    public PartialDateInterval(PartialDate? start, PartialDate? end)
    {
        if (start is null && end is null)
        {
            throw new ArgumentException(
                "An interval cannot be open at both ends: give a start, an end or both.",
                nameof(start));
        }

        if (start is { } knownStart && end is { } knownEnd && knownEnd.LatestKey < knownStart.EarliestKey)
        {
            throw new ArgumentException($"The end {knownEnd} is before the start {knownStart}.", nameof(end));
        }

        this.start = start.GetValueOrDefault();
        this.end = end.GetValueOrDefault();
        openEnds = (byte)((start is null ? OpenStartFlag : 0) | (end is null ? OpenEndFlag : 0));
    }

    /// <summary>Creates an interval from parts that the caller has already validated.</summary>
    private PartialDateInterval(PartialDate start, PartialDate end, byte openEnds)
    {
        this.start = start;
        this.end = end;
        this.openEnds = openEnds;
    }

    /// <summary>Gets the start of the interval.</summary>
    /// <value>
    /// The start, or <see langword="null"/> if the interval is open at the start (EDTF <c>../2009-10</c>). For a
    /// single date, the date itself; <c>default(PartialDate)</c> for <c>default(PartialDateInterval)</c>.
    /// </value>
    public PartialDate? Start => IsOpenStart ? null : start;

    /// <summary>Gets the end of the interval.</summary>
    /// <value>
    /// The end, or <see langword="null"/> if the interval is open at the end (EDTF <c>1989/..</c>). For a single
    /// date, the date itself; <c>default(PartialDate)</c> for <c>default(PartialDateInterval)</c>.
    /// </value>
    public PartialDate? End => IsOpenEnd ? null : end;

    /// <summary>Gets a value indicating whether this interval is a single partial date.</summary>
    /// <value>
    /// <see langword="true"/> if <see cref="Start"/> and <see cref="End"/> are both present and equal (qualifiers
    /// included), as for <see cref="Single"/> and <c>default(PartialDateInterval)</c>; otherwise
    /// <see langword="false"/>, including for <c>1990/1990-05</c>, which covers part of the same year.
    /// </value>
    public bool IsSingle => openEnds == 0 && start == end;

    /// <summary>Gets a value indicating whether this interval is open at the start (EDTF <c>../…</c>).</summary>
    /// <value><see langword="true"/> if <see cref="Start"/> is <see langword="null"/>; otherwise <see langword="false"/>.</value>
    public bool IsOpenStart => (openEnds & OpenStartFlag) != 0;

    /// <summary>Gets a value indicating whether this interval is open at the end (EDTF <c>…/..</c>).</summary>
    /// <value><see langword="true"/> if <see cref="End"/> is <see langword="null"/>; otherwise <see langword="false"/>.</value>
    public bool IsOpenEnd => (openEnds & OpenEndFlag) != 0;

    /// <summary>The first known point in time: the start, or the end of an interval open at the start.</summary>
    private PartialDate FirstKnown => IsOpenStart ? end : start;

    /// <summary>Gets the first day that this interval may cover.</summary>
    /// <value>
    /// The <see cref="PartialDate.Earliest"/> day of <see cref="Start"/>, or <see langword="null"/> if the start is open.
    /// </value>
    public LocalDate? Earliest => IsOpenStart ? null : start.Earliest;

    /// <summary>Gets the last day that this interval may cover.</summary>
    /// <value>
    /// The <see cref="PartialDate.Latest"/> day of <see cref="End"/>, or <see langword="null"/> if the end is open.
    /// </value>
    public LocalDate? Latest => IsOpenEnd ? null : end.Latest;

    /// <summary>Creates an interval of whole days from <see cref="DateOnly"/> values, for code that does not use NodaTime.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, not before <paramref name="start"/>; equal to it for a single day.</param>
    /// <returns>The single day, or the span from <paramref name="start"/> to <paramref name="end"/>, at day precision.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static PartialDateInterval FromDateOnly(DateOnly start, DateOnly end) =>
        new PartialDateInterval(PartialDate.FromDateOnly(start), PartialDate.FromDateOnly(end));

    /// <summary>Creates an interval that is a single partial date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>An interval whose <see cref="Start"/> and <see cref="End"/> are both <paramref name="date"/>.</returns>
    [SuppressMessage(
        "Naming",
        "CA1720:Identifier contains type name",
        Justification = "'Single' reads as 'a single date' here, next to Since and Until; it is not about System.Single.")]
    public static PartialDateInterval Single(PartialDate date) => new(date, date, 0);

    /// <summary>Creates an interval that starts at a partial date and is open at the end (EDTF <c>1989/..</c>).</summary>
    /// <param name="start">The start.</param>
    /// <returns>An interval with <see cref="Start"/> <paramref name="start"/> and no <see cref="End"/>.</returns>
    public static PartialDateInterval Since(PartialDate start) => new(start, default, OpenEndFlag);

    /// <summary>Creates an interval that is open at the start and ends at a partial date (EDTF <c>../2009-10</c>).</summary>
    /// <param name="end">The end.</param>
    /// <returns>An interval with no <see cref="Start"/> and <see cref="End"/> <paramref name="end"/>.</returns>
    public static PartialDateInterval Until(PartialDate end) => new(default, end, OpenStartFlag);

    /// <summary>Converts a partial date to the interval that is that single date, as <see cref="Single"/> does.</summary>
    /// <param name="date">The date.</param>
    /// <returns>An interval whose <see cref="Start"/> and <see cref="End"/> are both <paramref name="date"/>.</returns>
    public static implicit operator PartialDateInterval(PartialDate date) => Single(date);

    /// <summary>Gets the days that this interval may cover as a <see cref="DateInterval"/>.</summary>
    /// <returns>
    /// The interval from <see cref="Earliest"/> to <see cref="Latest"/>, both included, in the ISO calendar. An open
    /// start maps to <see cref="LocalDate.MinIsoValue"/> and an open end to <see cref="LocalDate.MaxIsoValue"/>,
    /// the first and last days that <see cref="LocalDate"/> supports.
    /// </returns>
    public DateInterval ToDateInterval() => new(
        IsOpenStart ? LocalDate.MinIsoValue : start.Earliest,
        IsOpenEnd ? LocalDate.MaxIsoValue : end.Latest);

    /// <summary>
    /// Determines whether every day that this interval may cover lies inside <paramref name="interval"/>: whether what
    /// it describes certainly happened within it.
    /// </summary>
    /// <param name="interval">The days to test against, in the ISO calendar.</param>
    /// <returns>
    /// <see langword="true"/> if <see cref="ToDateInterval"/> lies wholly inside <paramref name="interval"/>;
    /// otherwise <see langword="false"/>. An open side is never within a finite interval: <c>1989/..</c> is within
    /// <paramref name="interval"/> only if that interval reaches <see cref="LocalDate.MaxIsoValue"/>, and
    /// <c>../2009</c> only if it starts at <see cref="LocalDate.MinIsoValue"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="interval"/> is not in the ISO calendar.</exception>
    public bool IsWithin(DateInterval interval)
    {
        CheckIsoInterval(interval);
        return interval.Start <= (IsOpenStart ? LocalDate.MinIsoValue : start.Earliest)
            && (IsOpenEnd ? LocalDate.MaxIsoValue : end.Latest) <= interval.End;
    }

    /// <summary>
    /// Determines whether at least one day that this interval may cover lies inside <paramref name="interval"/>:
    /// whether what it describes possibly happened within it.
    /// </summary>
    /// <param name="interval">The days to test against, in the ISO calendar.</param>
    /// <returns>
    /// <see langword="true"/> if <see cref="ToDateInterval"/> and <paramref name="interval"/> share at least one day;
    /// otherwise <see langword="false"/>. An open side reaches every day in its direction, so <c>1989/..</c> overlaps
    /// any interval that ends in 1989 or later.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="interval"/> is not in the ISO calendar.</exception>
    public bool Overlaps(DateInterval interval)
    {
        CheckIsoInterval(interval);
        return (IsOpenStart || start.Earliest <= interval.End)
            && (IsOpenEnd || interval.Start <= end.Latest);
    }

    /// <summary>
    /// Compares this interval with another in chronological order: first by the first known point in time (the
    /// <see cref="Start"/>, or the <see cref="End"/> of an interval open at the start, so "by October 2009" sits at
    /// October 2009), compared as by <see cref="PartialDate.CompareTo(PartialDate)"/>; then by <see cref="Start"/>, an
    /// open start sorting before every date; then by <see cref="End"/>, an open end sorting after every date.
    /// </summary>
    /// <param name="other">The interval to compare with.</param>
    /// <returns>
    /// A negative number if this interval sorts before <paramref name="other"/>, zero if the two are equal (this is a
    /// total order, and zero is returned exactly when <see cref="Equals(PartialDateInterval)"/> is
    /// <see langword="true"/>), and a positive number if this interval sorts after <paramref name="other"/>. So
    /// <c>18XX/..</c> sorts before <c>1990</c>, and that before <c>../2009-10</c>; <c>../1989</c> before <c>1989</c>,
    /// that before <c>1989/1990</c>, and that before <c>1989/..</c>. This is the order of
    /// <see cref="TimeQueries.ChronologicalComparer"/> for dated events, so <c>OrderBy(e =&gt; e.Date)</c> sorts dated
    /// events as <see cref="TimeQueries.InChronologicalOrder"/> does, except among events with equal dates.
    /// </returns>
    public int CompareTo(PartialDateInterval other)
    {
        int first = FirstKnown.CompareTo(other.FirstKnown);
        if (first != 0)
        {
            return first;
        }

        if (IsOpenStart != other.IsOpenStart)
        {
            return IsOpenStart ? -1 : 1;
        }

        if (!IsOpenStart)
        {
            int comparison = start.CompareTo(other.start);
            if (comparison != 0)
            {
                return comparison;
            }
        }

        if (IsOpenEnd != other.IsOpenEnd)
        {
            return IsOpenEnd ? 1 : -1;
        }

        return IsOpenEnd ? 0 : end.CompareTo(other.end);
    }

    /// <summary>
    /// Compares this interval with another object, in the order described at
    /// <see cref="CompareTo(PartialDateInterval)"/>.
    /// </summary>
    /// <param name="obj">The object to compare with: a <see cref="PartialDateInterval"/> or <see langword="null"/>.</param>
    /// <returns>
    /// As <see cref="CompareTo(PartialDateInterval)"/> if <paramref name="obj"/> is a <see cref="PartialDateInterval"/>;
    /// a positive number if it is <see langword="null"/>, which sorts before every interval.
    /// </returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="obj"/> is neither <see langword="null"/> nor a <see cref="PartialDateInterval"/> (a boxed
    /// <see cref="PartialDate"/> is not converted).
    /// </exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDateInterval other => CompareTo(other),
        _ => throw new ArgumentException($"The object must be a {nameof(PartialDateInterval)}.", nameof(obj)),
    };

    /// <summary>
    /// Determines whether this interval equals another: the same <see cref="Start"/> (or both open) and the same
    /// <see cref="End"/> (or both open), qualifiers included.
    /// </summary>
    /// <param name="other">The interval to compare with.</param>
    /// <returns><see langword="true"/> if the two intervals are equal; otherwise <see langword="false"/>.</returns>
    public bool Equals(PartialDateInterval other) =>
        openEnds == other.openEnds && start == other.start && end == other.end;

    /// <summary>Determines whether this interval equals another object.</summary>
    /// <param name="obj">The object to compare with; may be <see langword="null"/>.</param>
    /// <returns>
    /// <see langword="true"/> if <paramref name="obj"/> is a <see cref="PartialDateInterval"/> equal to this one;
    /// otherwise (including for <see langword="null"/> and for a boxed <see cref="PartialDate"/>) <see langword="false"/>.
    /// </returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PartialDateInterval other && Equals(other);

    /// <summary>Returns a hash code for this interval.</summary>
    /// <returns>A hash code that is the same for equal intervals.</returns>
    public override int GetHashCode() => HashCode.Combine(start, end, openEnds);

    /// <summary>Formats this interval as EDTF text (format <c>"E"</c>).</summary>
    /// <returns>
    /// For a single date, the date's own form (<c>1999-10</c>); otherwise start and end separated by <c>/</c>, with
    /// <c>..</c> for an open side: <c>2004/2005</c>, <c>1989/..</c>, <c>../2009-10</c>. Dates are formatted by
    /// <see cref="PartialDate.ToString()"/>, qualifiers included. The result never depends on the culture.
    /// </returns>
    public override string ToString() =>
        IsSingle
            ? start.ToString()
            : string.Concat(IsOpenStart ? ".." : start.ToString(), "/", IsOpenEnd ? ".." : end.ToString());

    /// <summary>
    /// Parses an EDTF interval such as <c>1999-10</c>, <c>2004/2005</c>, <c>1989/..</c> or <c>../2009-10~</c>.
    /// </summary>
    /// <param name="text">
    /// The text: a single date as accepted by <see cref="PartialDate.Parse(string)"/>, or two sides separated by one
    /// <c>/</c>, each a date or <c>..</c> for an open side (but not both). A date on both sides that are equal, as in
    /// <c>1999/1999</c>, gives the same value as the single date.
    /// </param>
    /// <returns>The interval that <paramref name="text"/> denotes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">
    /// <paramref name="text"/> is not such an interval: a side is not a valid date, a side is empty (an unknown start
    /// or end, EDTF <c>/2009</c> or <c>1989/</c>, which is not supported), both sides are open (<c>../..</c>), there is
    /// more than one <c>/</c>, or the end is before the start (<c>2005/2004</c>). The message quotes the text and
    /// gives the zero-based character position of the problem and what was expected there.
    /// </exception>
    public static PartialDateInterval Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParseCore(text, out PartialDateInterval result, out string? error))
        {
            throw new FormatException($"Invalid EDTF interval '{text}': {error}");
        }

        return result;
    }

    /// <summary>Tries to parse an EDTF interval, accepting exactly the texts that <see cref="Parse(string)"/> accepts.</summary>
    /// <param name="text">The text to parse; may be <see langword="null"/>.</param>
    /// <param name="result">
    /// When this method returns <see langword="true"/>, the interval that <paramref name="text"/> denotes; otherwise
    /// <c>default(PartialDateInterval)</c>, as .NET's own <c>TryParse</c> methods do. That default is itself a valid
    /// value (the century <c>00XX</c>), so always test the return value before using <paramref name="result"/>.
    /// </param>
    /// <returns>
    /// <see langword="true"/> if <paramref name="text"/> is a valid EDTF interval; <see langword="false"/> if it is
    /// <see langword="null"/> or not valid, including when its end is before its start. This method does not throw.
    /// </returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDateInterval result)
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(text, out result, out _);
    }

    /// <summary>Parses an EDTF interval, as <see cref="Parse(string)"/> does (<see cref="IParsable{TSelf}"/>).</summary>
    /// <param name="s">The text; see <see cref="Parse(string)"/>.</param>
    /// <param name="provider">Ignored: EDTF does not depend on the culture.</param>
    /// <returns>The interval that <paramref name="s"/> denotes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a supported EDTF interval; see <see cref="Parse(string)"/>.</exception>
    static PartialDateInterval IParsable<PartialDateInterval>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse an EDTF interval, as <see cref="TryParse(string?, out PartialDateInterval)"/> does (<see cref="IParsable{TSelf}"/>).</summary>
    /// <param name="s">The text to parse; may be <see langword="null"/>.</param>
    /// <param name="provider">Ignored: EDTF does not depend on the culture.</param>
    /// <param name="result">The interval on success; otherwise <c>default(PartialDateInterval)</c> (test the return value).</param>
    /// <returns><see langword="true"/> if <paramref name="s"/> is a supported EDTF interval; otherwise <see langword="false"/>. Does not throw.</returns>
    static bool IParsable<PartialDateInterval>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartialDateInterval result) => TryParse(s, out result);

    /// <summary>Parses an EDTF interval from characters, as <see cref="Parse(string)"/> does (<see cref="ISpanParsable{TSelf}"/>).</summary>
    /// <param name="s">The characters; see <see cref="Parse(string)"/>.</param>
    /// <param name="provider">Ignored: EDTF does not depend on the culture.</param>
    /// <returns>The interval that <paramref name="s"/> denotes.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a supported EDTF interval; see <see cref="Parse(string)"/>.</exception>
    static PartialDateInterval ISpanParsable<PartialDateInterval>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    /// <summary>Tries to parse an EDTF interval from characters (<see cref="ISpanParsable{TSelf}"/>).</summary>
    /// <param name="s">The characters to parse.</param>
    /// <param name="provider">Ignored: EDTF does not depend on the culture.</param>
    /// <param name="result">The interval on success; otherwise <c>default(PartialDateInterval)</c> (test the return value).</param>
    /// <returns><see langword="true"/> if <paramref name="s"/> is a supported EDTF interval; otherwise <see langword="false"/>. Does not throw.</returns>
    static bool ISpanParsable<PartialDateInterval>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PartialDateInterval result) => TryParse(s.ToString(), out result);

    /// <summary>Formats this interval as culture-invariant English for people to read.</summary>
    /// <returns>
    /// A single date as <see cref="PartialDate.ToDisplayString"/> gives it ("25 September 2009", "October 1999",
    /// "1990s"); a span as "2004 to 2005"; an interval open at the end as "1989 onwards" (a year, month or day) or
    /// "since the 19th century" (a decade or century); an interval open at the start as "by October 2009" (a month or
    /// day) or "by the end of 2009" (a year: it includes the whole year, and "by 2009" would read as "before 2009"). The
    /// text never depends on the current culture; it does not parse back (use <see cref="ToString()"/> for that).
    /// </returns>
    public string ToDisplayString()
    {
        if (IsSingle)
        {
            return start.ToDisplayString();
        }

        if (IsOpenStart)
        {
            // "by 2009" reads as "before 2009"; the interval includes the whole year, as "by the end of the year" does.
            return end.Precision == DatePrecision.Year
                ? "by the end of " + end.ToDisplayString()
                : "by " + end.DisplayText(article: true);
        }

        if (IsOpenEnd)
        {
            return start.Precision <= DatePrecision.Decade
                ? "since " + start.DisplayText(article: true)
                : start.ToDisplayString() + " onwards";
        }

        return start.ToDisplayString() + " to " + end.ToDisplayString();
    }

    /// <summary>Formats this interval with a format string (<see cref="IFormattable"/>).</summary>
    /// <param name="format">
    /// <c>"E"</c>, <see langword="null"/> or empty for EDTF (as <see cref="ToString()"/>); <c>"D"</c> for the display form
    /// (as <see cref="ToDisplayString"/>).
    /// </param>
    /// <param name="formatProvider">Ignored: both forms are culture-invariant.</param>
    /// <returns>The formatted interval.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "E" => ToString(),
        "D" => ToDisplayString(),
        _ => throw new FormatException($"Unknown format '{format}' for a {nameof(PartialDateInterval)}: use \"E\" (EDTF) or \"D\" (display)."),
    };

    /// <summary>Determines whether two intervals are equal, as <see cref="Equals(PartialDateInterval)"/> does.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> if the two intervals are equal; otherwise <see langword="false"/>.</returns>
    public static bool operator ==(PartialDateInterval left, PartialDateInterval right) => left.Equals(right);

    /// <summary>Determines whether two intervals differ, as the negation of <see cref="Equals(PartialDateInterval)"/>.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> if the two intervals differ; otherwise <see langword="false"/>.</returns>
    public static bool operator !=(PartialDateInterval left, PartialDateInterval right) => !left.Equals(right);

    /// <summary>Determines whether one interval sorts before another, in the order of <see cref="CompareTo(PartialDateInterval)"/>.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> sorts before <paramref name="right"/>; otherwise <see langword="false"/>.</returns>
    public static bool operator <(PartialDateInterval left, PartialDateInterval right) => left.CompareTo(right) < 0;

    /// <summary>Determines whether one interval sorts before or equals another, in the order of <see cref="CompareTo(PartialDateInterval)"/>.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> sorts before or equals <paramref name="right"/>; otherwise <see langword="false"/>.</returns>
    public static bool operator <=(PartialDateInterval left, PartialDateInterval right) => left.CompareTo(right) <= 0;

    /// <summary>Determines whether one interval sorts after another, in the order of <see cref="CompareTo(PartialDateInterval)"/>.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> sorts after <paramref name="right"/>; otherwise <see langword="false"/>.</returns>
    public static bool operator >(PartialDateInterval left, PartialDateInterval right) => left.CompareTo(right) > 0;

    /// <summary>Determines whether one interval sorts after or equals another, in the order of <see cref="CompareTo(PartialDateInterval)"/>.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> sorts after or equals <paramref name="right"/>; otherwise <see langword="false"/>.</returns>
    public static bool operator >=(PartialDateInterval left, PartialDateInterval right) => left.CompareTo(right) >= 0;

    internal static bool TryParseCore(string text, out PartialDateInterval result, [NotNullWhen(false)] out string? error)
    {
        result = default;
        int slash = text.IndexOf('/');
        if (slash < 0)
        {
            if (text == "..")
            {
                error = "'..' at position 0 is an open side, which needs a '/' and a date on the other side, as in '1989/..' or '../2009'.";
                return false;
            }

            if (!PartialDate.TryParseCore(text, 0, text.Length, out PartialDate date, out error))
            {
                return false;
            }

            result = Single(date);
            return true;
        }

        int secondSlash = text.IndexOf('/', slash + 1);
        if (secondSlash >= 0)
        {
            error = PartialDate.Invariant(
                $"expected the end of the text at position {secondSlash}, found a second '/': an interval has exactly one '/'.");
            return false;
        }

        int endStart = slash + 1;
        bool openStart = slash == 2 && text.StartsWith("..", StringComparison.Ordinal);
        bool openEnd = text.Length - endStart == 2 && text.EndsWith("..", StringComparison.Ordinal);
        if (slash == 0)
        {
            string hint = endStart < text.Length && !openEnd
                ? "write '.." + text + "' for an open start"
                : "write a date, or '..' for an open start if the end is a date";
            error = PartialDate.Invariant(
                $"the start before '/' at position 0 is empty: unknown starts are not supported; {hint}.");
            return false;
        }

        if (endStart == text.Length)
        {
            string hint = !openStart
                ? "write '" + text + "..' for an open end"
                : "write a date, or '..' for an open end if the start is a date";
            error = PartialDate.Invariant(
                $"the end after '/' at position {endStart} is empty: unknown ends are not supported; {hint}.");
            return false;
        }

        if (openStart && openEnd)
        {
            error = "an interval cannot be open at both ends ('../..'): at least one side must be a date.";
            return false;
        }

        PartialDate start = default;
        PartialDate end = default;
        if (!openStart && !PartialDate.TryParseCore(text, 0, slash, out start, out error))
        {
            return false;
        }

        if (!openEnd && !PartialDate.TryParseCore(text, endStart, text.Length, out end, out error))
        {
            return false;
        }

        if (!openStart && !openEnd && end.LatestKey < start.EarliestKey)
        {
            error = PartialDate.Invariant(
                $"the end '{end}' at position {endStart} is before the start '{start}'.");
            return false;
        }

        result = new PartialDateInterval(
            start,
            end,
            (byte)((openStart ? OpenStartFlag : 0) | (openEnd ? OpenEndFlag : 0)));
        error = null;
        return true;
    }

    private static void CheckIsoInterval(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        if (interval.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException(
                $"The interval must be in the ISO calendar, not in the {interval.Calendar.Id} calendar.",
                nameof(interval));
        }
    }
}
