namespace LaosRights.Data;

// The view model the template renders: plain, already-formatted values (every number is text in the invariant culture),
// so that the template decides nothing but layout. Fluid reads these properties; every value it writes is HTML-encoded.

internal sealed class ReportModel
{
    public required string Title { get; init; }
    public string? Selection { get; init; }
    public required string ArticleTitle { get; init; }
    public required string DataVersion { get; init; }
    public required string SchemaVersion { get; init; }
    public required string License { get; init; }
    public required string LicenseUrl { get; init; }
    public required string Attribution { get; init; }
    public required string SourceUrl { get; init; }
    public required string Sha256 { get; init; }
    public required string Citation { get; init; }
    public required string Summary { get; init; }
    public required string Css { get; init; }
    public required string Script { get; init; }
    public required string ContentSecurityPolicy { get; init; }
    public required TimelineChart Timeline { get; init; }
    public required IReadOnlyList<ChronologyRow> Chronology { get; init; }
    public required FigureChart Figures { get; init; }
    public required IReadOnlyList<ArticleBlock> Article { get; init; }
    public required string MarkCount { get; init; }
    public required WhoSaysTable WhoSays { get; init; }
    public required IReadOnlyList<CardGroup> Records { get; init; }
}

/// <summary>A reference to a record or a plain value: <see cref="Href"/> is null for plain text.</summary>
internal sealed record ReportLink(string Text, string? Href = null);

internal sealed class CardField
{
    public required string Label { get; init; }
    public required IReadOnlyList<ReportLink> Values { get; init; }
}

internal sealed class CardEvidence
{
    public required string Quote { get; init; }
    public required string Section { get; init; }
    public required string Href { get; init; }
    public required string Label { get; init; }
}

internal sealed class RecordCard
{
    public required string Anchor { get; init; }
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public StandingLabel? Standing { get; init; }
    public required IReadOnlyList<CardField> Fields { get; init; }
    public required IReadOnlyList<CardEvidence> Evidence { get; init; }
}

internal sealed class CardGroup
{
    public required string Anchor { get; init; }
    public required string Heading { get; init; }
    public required string Count { get; init; }
    public required IReadOnlyList<RecordCard> Cards { get; init; }
}

/// <summary>A standing as words and as the CSS class / SVG pattern that draws it.</summary>
internal sealed record StandingLabel(string Text, string Key);

internal sealed class ChronologyRow
{
    public required string Href { get; init; }
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public required string When { get; init; }
    public required string Edtf { get; init; }
    public required string Precision { get; init; }
    public required string Meaning { get; init; }
    public string? Derivation { get; init; }
    public StandingLabel? Standing { get; init; }
    public required string Claimants { get; init; }
}

internal sealed class AxisTick
{
    public required string X { get; init; }
    public required string Label { get; init; }
}

/// <summary>One shape of a mark: a <c>tick</c> (a line at X), a <c>band</c> (a rectangle from X, Width wide) or a <c>fade</c> (a band with a gradient).</summary>
internal sealed class ChartShape
{
    public required string Shape { get; init; }
    public required string X { get; init; }
    public required string Width { get; init; }
    public required string Fill { get; init; }
    public required string Color { get; init; }
    public bool Derived { get; init; }
}

/// <summary>How a standing is drawn: its key (CSS class, SVG pattern id), colour, light tint and pattern shape.</summary>
internal sealed record StandingStyle(string Key, string Text, string Color, string Tint, string Pattern);

internal sealed class TimelineRow
{
    public required string Href { get; init; }
    public required string Title { get; init; }
    public required string Y { get; init; }
    public required string Label { get; init; }
    public required string When { get; init; }
    public required string Note { get; init; }
    public required string NoteX { get; init; }
    public required string NoteAnchor { get; init; }
    public required IReadOnlyList<ChartShape> Shapes { get; init; }
}

internal sealed class LegendItem
{
    public required string Key { get; init; }
    public required string Color { get; init; }
    public required string Text { get; init; }
    public required string Fill { get; init; }
}

internal sealed class TimelineChart
{
    public required string Width { get; init; }
    public required string Height { get; init; }
    public required string PlotLeft { get; init; }
    public required string PlotRight { get; init; }
    public required string AxisY { get; init; }
    public required string PlotBottom { get; init; }
    public required string Description { get; init; }
    public required IReadOnlyList<AxisTick> Ticks { get; init; }
    public string? BreakX { get; init; }
    public string? BreakLabel { get; init; }
    public required IReadOnlyList<TimelineRow> Rows { get; init; }
    public required IReadOnlyList<LegendItem> Legend { get; init; }
    public required IReadOnlyList<StandingStyle> Styles { get; init; }
}

internal sealed record FigureRow
{
    public required string Href { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Wording { get; init; }
    public required string Counted { get; init; }
    public required string Bound { get; init; }
    public required string BoundKey { get; init; }
    public required string Unit { get; init; }
    public required string Range { get; init; }
    public required string When { get; init; }
    public StandingLabel? Standing { get; init; }
    public string Y { get; init; } = "0";
    public string X { get; init; } = "0";
    public string X2 { get; init; } = "0";
    public string BarX { get; init; } = "0";
    public string BarWidth { get; init; } = "0";
    public string WordsX { get; init; } = "0";
    public string WordsAnchor { get; init; } = "start";
}

internal sealed class FigureChart
{
    public required string Width { get; init; }
    public required string Height { get; init; }
    public required string PlotLeft { get; init; }
    public required string PlotRight { get; init; }
    public required string AxisY { get; init; }
    public required string PlotBottom { get; init; }
    public required string Description { get; init; }
    public required IReadOnlyList<AxisTick> Ticks { get; init; }
    public required IReadOnlyList<FigureRow> Rows { get; init; }
    public required IReadOnlyList<FigureRow> Unquantified { get; init; }
    public required IReadOnlyList<FigureRow> All { get; init; }
}

/// <summary>A run of article text: plain, or a mark (one piece of one or more evidence spans).</summary>
internal sealed class ArticlePiece
{
    public required string Text { get; init; }
    public string? Anchor { get; init; }
    public string? Href { get; init; }
    public string? Records { get; init; }
    public string? Start { get; init; }
    public string? Label { get; init; }
    public bool Shared { get; init; }

    /// <summary>Whether the piece is only white space (between two quotes that share it): drawn as marked, but not a link of its own.</summary>
    public bool Gap { get; init; }
}

internal sealed class ArticleLine
{
    public required IReadOnlyList<ArticlePiece> Pieces { get; init; }
}

/// <summary>A heading (Level 1–3), a paragraph or a list of the article.</summary>
internal sealed class ArticleBlock
{
    public required string Kind { get; init; }
    public int Level { get; init; }
    public string? Anchor { get; init; }
    public required IReadOnlyList<ArticleLine> Lines { get; init; }
}

/// <summary>The records of one claimant at one standing: a count in the table, a list of short titles below it.</summary>
internal sealed class WhoSaysList
{
    public required string Anchor { get; init; }
    public required StandingLabel Standing { get; init; }
    public required string Count { get; init; }
    public required IReadOnlyList<ReportLink> Records { get; init; }
}

internal sealed class WhoSaysRow
{
    public required string Anchor { get; init; }
    public required ReportLink Claimant { get; init; }

    /// <summary>One per standing column: the list of that standing, or null for an empty cell.</summary>
    public required IReadOnlyList<WhoSaysList?> Cells { get; init; }
    public required IReadOnlyList<WhoSaysList> Lists { get; init; }
    public required string Topics { get; init; }
    public required string Total { get; init; }
}

internal sealed class WhoSaysTable
{
    public required IReadOnlyList<StandingLabel> Standings { get; init; }
    public required IReadOnlyList<WhoSaysRow> Rows { get; init; }
}
