using NodaTime;

namespace LaosRights.Data;

/// <summary>The geometry of the report's two SVG charts, in SVG user units (the charts are 960 wide).</summary>
internal static class ReportCharts
{
    /// <summary>The chronology is drawn to scale from this year on; anything earlier shares a narrow, compressed strip.</summary>
    public const int CompressBefore = 1989;

    private const double Width = 960;
    private const double PlotLeft = 370;
    private const double PlotRight = 900;
    private const double CompressedWidth = 50;
    private const double BreakGap = 10;
    private const double AxisY = 34;
    private const double RowTop = 44;
    private const double RowHeight = 22;
    private const double FigureRowHeight = 30;

    /// <summary>Every standing's colour and pattern (the pattern and the word beside a mark are the channels besides colour), and "none" for dated records without a standing.</summary>
    public static readonly IReadOnlyList<StandingStyle> Styles =
    [
        new("stated", "stated", "#1f4e79", "#1f4e79", "solid"),
        new("reported", "reported", "#8a4b00", "#f6e3cc", "diagonal"),
        new("alleged", "alleged", "#a4262c", "#f7dcdd", "cross"),
        new("concern-raised", "concern raised", "#6b3fa0", "#ebe1f5", "dots"),
        new("claimed", "claimed", "#5c5c00", "#f0f0c8", "horizontal"),
        new("officially-stated", "officially stated", "#0f6b5c", "#d5efe9", "vertical"),
        new("denied", "denied", "#3d3d3d", "#e4e4e4", "back-diagonal"),
        new("disputed", "disputed", "#3d3d3d", "#e4e4e4", "grid"),
        new("documented", "documented", "#2d6a2d", "#dcefdc", "checks"),
        new("expected", "expected", "#8f1f6b", "#ffffff", "hollow"),
        new("none", "no standing (a publication, a quotation, a score)", "#5a5a5a", "#5a5a5a", "solid"),
    ];

    private static string ColorOf(string key) => Styles.First(s => s.Key == key).Color;

    // ---- The chronology ----

    public static TimelineChart Timeline(IReadOnlyList<ReportChronologyEntry> entries)
    {
        if (entries.Count == 0)
        {
            return new TimelineChart
            {
                Width = "960", Height = "60", PlotLeft = C(PlotLeft), PlotRight = C(PlotRight), AxisY = C(AxisY), PlotBottom = C(AxisY),
                Description = "No record of this selection has a date.", Ticks = [], Rows = [], Legend = [], Styles = Styles,
            };
        }

        var first = entries.Min(e => Solid(e.Date).Start);
        var last = entries.Max(e => Solid(e.Date).End);
        var scale = new TimeScale(first, last);
        var rows = new List<TimelineRow>();
        var y = RowTop;
        foreach (var entry in entries)
        {
            var key = entry.Standing is { } s ? ReportText.Standing(s).Key : "none";
            var (start, end) = Solid(entry.Date);
            var shapes = new List<ChartShape>();
            var x1 = scale.X(start);
            var x2 = scale.X(end);
            if (entry.Date.IsOpenStart)
            {
                shapes.Add(new ChartShape { Shape = "fade-left", X = C(PlotLeft), Width = C(Math.Max(x1 - PlotLeft, 0)), Fill = key, Color = ColorOf(key) });
            }

            var isDay = entry.Date.IsSingle && entry.Date.Start!.Value.Precision == DatePrecision.Day;
            shapes.Add(isDay
                ? new ChartShape { Shape = "tick", X = C(x1), Width = "0", Fill = key, Color = ColorOf(key), Derived = entry.Placed is not null }
                : new ChartShape { Shape = "band", X = C(x1), Width = C(Math.Max(x2 - x1, 2)), Fill = key, Color = ColorOf(key), Derived = entry.Placed is not null });
            if (entry.Date.IsOpenEnd)
            {
                shapes.Add(new ChartShape { Shape = "fade-right", X = C(x2), Width = C(Math.Max(PlotRight - x2, 0)), Fill = key, Color = ColorOf(key) });
            }

            // The note: the standing (or, without one, what the date is), a deadline or expectation, and how the date was found.
            var noteParts = new List<string> { entry.Standing is { } st ? ReportText.Standing(st).Text : ReportText.Words(entry.Meaning.ToString()) };
            if (entry.Standing is { } sd && sd != Standing.Expected && entry.Meaning is DateMeaning.Deadline or DateMeaning.Expected)
            {
                noteParts.Add(ReportText.Words(entry.Meaning.ToString()));
            }

            if (entry.Placed is not null)
            {
                noteParts.Add(entry.Placed);
            }

            var note = string.Join(", ", noteParts);
            var when = ReportText.Date(entry.Date);
            var title = $"{when} ({entry.Date}): {ReportChartTitle(entry)} [{ReportModelBuilder.KindName(entry.Record)}, {note}]";
            // The note goes right of the mark, or left of it when an open end or the edge leaves no room.
            var noteRight = Math.Max(x2, x1 + 5) + 6;
            // An open end runs to the plot's edge: its note sits after the edge, where the fade has faded out.
            var noteLeft = !entry.Date.IsOpenEnd && noteRight + (note.Length * 6.2) > Width;
            rows.Add(new TimelineRow
            {
                Href = "#r-" + entry.Record.Id,
                Title = title,
                Y = C(y),
                When = ReportText.Shorten(ReportText.Date(entry.Date, shortMonths: true), 22),
                Label = ReportText.Shorten(ReportChartTitle(entry), 34),
                Note = note,
                NoteX = C(entry.Date.IsOpenEnd ? Width - 6 : noteLeft ? x1 - (isDay ? 11 : 6) : noteRight),
                NoteAnchor = entry.Date.IsOpenEnd || noteLeft ? "end" : "start",
                Shapes = shapes,
            });
            y += RowHeight;
        }

        var legend = entries.Select(e => e.Standing is { } s ? ReportText.Standing(s) : new StandingLabel("no standing (a publication, a quotation, a score)", "none"))
            .DistinctBy(s => s.Key).OrderBy(s => s.Key == "none" ? 1 : 0).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new LegendItem { Key = s.Key, Color = ColorOf(s.Key), Text = s.Text, Fill = s.Key }).ToList();
        var height = y + 8;
        var dataDescription =
            $"{ReportText.Count(entries.Count, "dated record", "dated records")}, {Span(entries)}, one per row in time order. " +
            "A day is a tick, a month or a year a band of that width, an open end fades toward the edge, a dashed outline marks a date that is derived or placed by the article's sequence; " +
            "the pattern and the word beside each mark give its standing." +
            (scale.Compressed ? $" The years before {CompressBefore} are compressed into the strip at the left." : "");
        return new TimelineChart
        {
            Width = C(Width),
            Height = C(height),
            PlotLeft = C(PlotLeft),
            PlotRight = C(PlotRight),
            AxisY = C(AxisY),
            PlotBottom = C(y + 4),
            Description = dataDescription,
            Ticks = scale.Ticks(),
            BreakX = scale.Compressed ? C(PlotLeft + CompressedWidth + (BreakGap / 2)) : null,
            BreakLabel = scale.Compressed ? $"before {CompressBefore}, compressed:" : null,
            Rows = rows,
            Legend = legend,
            Styles = Styles,
        };
    }

    /// <summary>The span of the chart in words: "the date 25 September 2009" for one record, otherwise "from the earliest date, since the 19th century, to the latest, 2023".</summary>
    private static string Span(IReadOnlyList<ReportChronologyEntry> entries)
    {
        var first = ReportText.Date(entries[0].Date);
        var last = ReportText.Date(entries[^1].Date);
        return entries.Count == 1 ? "dated " + first : $"from the earliest date, {first}, to the latest, {last}";
    }

    private static string ReportChartTitle(ReportChronologyEntry entry) => ReportModelBuilder.TitleOf(entry.Record);

    /// <summary>The part of a date that is known: the whole interval when both ends are known, otherwise the known end's own extent. End is exclusive.</summary>
    private static (LocalDate Start, LocalDate End) Solid(PartialDateInterval date)
    {
        var start = (date.Start ?? date.End)!.Value;
        var end = (date.End ?? date.Start)!.Value;
        return (start.Earliest, end.Latest.PlusDays(1));
    }

    /// <summary>Maps days to x: linear from <see cref="CompressBefore"/> (or the first year) to the end, the years before squeezed into a strip.</summary>
    private sealed class TimeScale
    {
        private readonly double _compressedFrom;
        private readonly double _linearFrom;
        private readonly double _linearTo;
        private readonly double _linearLeft;

        public TimeScale(LocalDate first, LocalDate last)
        {
            var lastYear = last.Month == 1 && last.Day == 1 ? last.Year : last.Year + 1;
            _linearTo = Math.Ceiling((lastYear + 1) / 5.0) * 5;
            if (first.Year < CompressBefore && lastYear > CompressBefore + 5)
            {
                Compressed = true;
                _compressedFrom = Math.Floor(first.Year / 100.0) * 100;
                _linearFrom = CompressBefore;
                _linearLeft = PlotLeft + CompressedWidth + BreakGap;
            }
            else
            {
                _linearFrom = Math.Floor(first.Year / 5.0) * 5;
                _linearLeft = PlotLeft;
            }
        }

        public bool Compressed { get; }

        public double X(LocalDate date)
        {
            var year = date.Year + ((date.DayOfYear - 1) / (double)CalendarSystem.Iso.GetDaysInYear(date.Year));
            if (Compressed && year < _linearFrom)
            {
                return PlotLeft + ((year - _compressedFrom) / (_linearFrom - _compressedFrom) * CompressedWidth);
            }

            var x = _linearLeft + ((year - _linearFrom) / (_linearTo - _linearFrom) * (PlotRight - _linearLeft));
            return Math.Clamp(x, PlotLeft, PlotRight);
        }

        public List<AxisTick> Ticks()
        {
            var ticks = new List<AxisTick>();
            if (Compressed)
            {
                ticks.Add(new AxisTick { X = C(PlotLeft), Label = ReportText.Count((int)_compressedFrom) });
            }

            var step = _linearTo - _linearFrom > 20 ? 5 : 1;
            for (var year = Math.Ceiling(_linearFrom / step) * step; year <= _linearTo; year += step)
            {
                if (Compressed && year - _linearFrom < 3)
                {
                    continue; // too close to the break to carry a label
                }

                ticks.Add(new AxisTick { X = C(X(new LocalDate((int)year, 1, 1))), Label = ReportText.Count((int)year) });
            }

            return ticks;
        }
    }

    // ---- The figures ----

    public static FigureChart Figures(IEnumerable<Figure> figures)
    {
        var all = figures.ToList();
        var numbered = all.Where(f => f.Quantity.Value is not null).OrderByDescending(f => f.Quantity.Value).ThenBy(f => f.NarrativePosition).ToList();
        var max = numbered.Count == 0 ? 10 : numbered.Max(f => f.Quantity.UpperValue ?? f.Quantity.Value!.Value);
        var decades = Math.Max(1, (int)Math.Ceiling(Math.Log10(Math.Max(max, 10)) + 0.0001));
        double X(long value) => PlotLeft + (Math.Log10(Math.Max(value, 1)) / decades * (PlotRight - PlotLeft));

        var rows = new List<FigureRow>();
        var y = RowTop;
        foreach (var f in numbered)
        {
            var q = f.Quantity;
            rows.Add(WithGeometry(Row(f), y, X(q.Value!.Value), X(q.UpperValue ?? q.Value.Value)));
            y += FigureRowHeight;
        }

        var ticks = Enumerable.Range(0, decades + 1)
            .Select(k => new AxisTick { X = C(PlotLeft + (k / (double)decades * (PlotRight - PlotLeft))), Label = ReportText.Number((long)Math.Pow(10, k)) })
            .ToList();
        return new FigureChart
        {
            Width = C(Width),
            Height = C(y + 30),
            PlotLeft = C(PlotLeft),
            PlotRight = C(PlotRight),
            AxisY = C(AxisY),
            PlotBottom = C(y + 4),
            Description = $"{ReportText.Count(numbered.Count, "figure", "figures")} that the article gives a number for, largest first, on one logarithmic axis from 1 to {ReportText.Number((long)Math.Pow(10, decades))} " +
                          "(people and years alike). A dot is an exact number; a dashed ring an approximate one (\u201caround\u201d); a bar ending in a cap that fades to the left is an upper bound " +
                          "(\u201cas many as\u201d, \u201cup to\u201d); an open ring with a bar fading to the right is a lower bound (\u201cmore than\u201d). Each mark is labelled with the article's words and its standing " +
                          "(stated: the article says it in its own voice; reported, alleged…: it says who does).",
            Ticks = ticks,
            Rows = rows,
            Unquantified = [.. all.Where(f => f.Quantity.Value is null).Select(Row)],
            All = [.. all.Select(Row)],
        };
    }

    private static FigureRow Row(Figure f) => new()
    {
        Href = "#r-" + f.Id,
        Id = f.Id,
        Title = $"\u201c{f.Quantity.Wording}\u201d: {f.Counted} (read as {ReportText.Range(f.Quantity)})",
        Wording = f.Quantity.Wording,
        Counted = f.Counted,
        Bound = ReportText.Bound(f.Quantity.Bound),
        BoundKey = ReportText.Kebab(f.Quantity.Bound.ToString()),
        Unit = ReportText.Words(f.Quantity.Unit.ToString()),
        Range = ReportText.Range(f.Quantity),
        When = f.Date is { } d ? ReportText.Date(d) : "",
        Standing = ReportText.Standing(f.Standing),
    };

    private static FigureRow WithGeometry(FigureRow row, double y, double x, double x2)
    {
        var wordsLeft = x + 8 + ((row.Wording.Length + 4 + (row.Standing?.Text.Length ?? 0)) * 6.2) > Width; // no room to the right: the words end before the mark
        return row with
        {
            Counted = ReportText.Shorten(row.Counted, 46),
            Y = C(y),
            X = C(x),
            X2 = C(x2),
            BarX = C(row.BoundKey is "at-most" ? PlotLeft : x),
            BarWidth = C(row.BoundKey switch { "at-most" => x - PlotLeft, "more-than" or "at-least" => PlotRight - x, _ => x2 - x }),
            WordsX = C(wordsLeft ? x - 8 : x + 8),
            WordsAnchor = wordsLeft ? "end" : "start",
        };
    }

    private static string C(double value) => ReportText.Coordinate(value);
}
