using System.Globalization;
using NodaTime.Text;

namespace LaosRights.Data.Workbook;

/// <summary>
/// The sheets of the workbook: a chronology for readers (one row per chronology entry, everything on the row), one sheet per
/// record kind with the columns of the CSV tables, the evidence, and an About sheet describing every column.
/// </summary>
internal static class DatasetWorkbook
{
    /// <summary>The name of the first sheet.</summary>
    public const string ChronologySheet = "Chronology";

    /// <summary>The name of the last sheet.</summary>
    public const string AboutSheet = "About";

    /// <summary>The CSV tables that become sheets, in this order: one per record kind, then the evidence.</summary>
    public static readonly IReadOnlyList<string> TableSheets =
        ["events", "cases", "figures", "scores", "rankings", "claims", "quotations", "actors", "places", "sources", "evidence"];

    private const string ListSeparator = "; ";

    private static readonly IReadOnlyList<WorkbookColumn> ChronologyColumns =
    [
        new("Date", "text", "The date that places the row, exactly as the data gives it: EDTF text such as 1999-10 (a month), 2004/2005 (a span), ../2009-10 (by October 2009), 18XX (a century); for an undated event placed by the article's sequence, the interval its bounds allow. Text, so that no spreadsheet turns it into a day it does not name."),
        new("When", "text", "The same date in words (\"October 1999\", \"2004 to 2005\", \"by October 2009\"; the library's display form)."),
        new("Earliest day", "date", "The earliest day the date can mean (a date cell; a day before 1 March 1900 is ISO text); empty when the date is open at its start or absent."),
        new("Latest day", "date", "The latest day the date can mean (a date cell); empty when the date is open at its end or absent."),
        new("What the date means", "text", "What the date is the date of (happened, published, reported, expected, deadline, …), which days it can be at which precision, and how the row was placed: as the article states it, derived (and how), by the article's sequence (and its bounds), or not at all (an undated event, where the article tells it)."),
        new("Kind", "text", "The kind of record: event, source, claim, quotation, figure, score or ranking."),
        new("Summary", "text", "What the row is: an event's summary (neutral, never an allegation as fact), a source's title, a claim's statement, a quotation's words, a figure's subject and the article's words for the amount (which keep its qualifier, \"as many as\"), a score's or ranking's indicator and value."),
        new("Standing", "text", "How the article stands behind an event, claim or figure: stated, reported, alleged, denied, …"),
        new("Claimants", "text", "Who claims, reports or raises it, where the article names them: an event's, claim's or figure's claimants, a quotation's speaker, a source's authors (names separated by \"; \")."),
        new("Actors", "text", "For an event, the actors involved, each with its role in brackets; for a claim or quotation, whom it is about (\"; \" between actors)."),
        new("Places", "text", "Where an event happened, as far as the article says (\"; \" between places)."),
        new("Topics", "text", "The human-rights topics of an event or claim (\"; \" between topics)."),
        new("Figures", "text", "The figures attached to an event: what is counted and the article's own words for the amount; the standing in brackets when the figure is not simply stated. One per line."),
        new("Quote", "text", "The article's own sentence(s) the row comes from, verbatim. One per line."),
        new("Section", "text", "The article section each quote is in (\" > \" between levels). One per line."),
        new("Record id", "text", "The record's id: its row on the sheet of its kind and in the CSV tables."),
    ];

    public static IReadOnlyList<WorkbookSheet> Build(LaosRightsDataset dataset)
    {
        var sheets = new List<WorkbookSheet> { Chronology(dataset) };
        var tables = DatasetTables.Build(dataset).ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var name in TableSheets)
        {
            sheets.Add(FromTable(tables[name]));
        }

        sheets.Add(About(dataset, sheets));
        return sheets;
    }

    private static WorkbookSheet Chronology(LaosRightsDataset dataset)
    {
        var rows = new List<WorkbookCell?[]>();
        foreach (var entry in dataset.Chronology())
        {
            var record = (DatasetRecord)entry.Record;
            rows.Add(
            [
                Text(entry.Date?.ToString()),
                Text(entry.Date is { } words ? DateWords.Readable(words) : null),
                entry.Date?.Earliest is { } earliest ? WorkbookCell.OfDay(earliest) : null,
                entry.Date?.Latest is { } latest ? WorkbookCell.OfDay(latest) : null,
                Text(DateWords.Meaning(entry)),
                Text(KindName(entry.Kind)),
                Text(Summary(entry.Record)),
                Text(entry.Record switch
                {
                    Event e => ExportTable.Text(e.Standing),
                    Claim c => ExportTable.Text(c.Standing),
                    Figure f => ExportTable.Text(f.Standing),
                    _ => null,
                }),
                Text(Join(ActorNames(dataset, entry.Record switch
                {
                    Event e => e.ClaimantIds,
                    Claim c => c.ClaimantIds,
                    Figure f => f.ClaimantIds,
                    Quotation q => [q.SpeakerId],
                    Source s => s.AuthorIds,
                    _ => [],
                }))),
                Text(entry.Record switch
                {
                    Event e => Join(e.Actors.Select(a => $"{dataset.Actors[a.ActorId].Name} ({ExportTable.Text(a.Role)})")),
                    Claim c => Join(ActorNames(dataset, c.SubjectIds)),
                    Quotation q => Join(ActorNames(dataset, q.SubjectIds)),
                    _ => null,
                }),
                Text(entry.Record is Event { PlaceIds: var places } ? Join(places.Select(id => dataset.Places[id].Name)) : null),
                Text(entry.Record switch
                {
                    Event e => Join(e.Topics.Select(t => ExportTable.Text(t)!)),
                    Claim c => Join(c.Topics.Select(t => ExportTable.Text(t)!)),
                    _ => null,
                }),
                Text(entry.Record is Event evt ? string.Join("\n", dataset.Figures.Where(f => f.EventId == evt.Id).Select(FigureText)) : null),
                Text(string.Join("\n", record.Evidence.Select(v => v.Quote))),
                Text(string.Join("\n", record.Evidence.Select(v => string.Join(" > ", v.SectionPath)))),
                Text(entry.Id),
            ]);
        }

        return new WorkbookSheet(ChronologySheet, "The article's chronology (ChronologyQueries.Chronology): every event, dated or not, and every dated source, claim, quotation, figure, score and ranking, one row each in time order, with everything a reader needs on the row.", ChronologyColumns, rows);
    }

    private static IEnumerable<string> ActorNames(LaosRightsDataset dataset, IEnumerable<string> ids) => ids.Select(id => dataset.Actors[id].Name);

    private static string FigureText(Figure f) =>
        $"{f.Counted}: {f.Quantity.Wording}" + (f.Standing == Standing.Stated ? "" : $" ({ExportTable.Text(f.Standing)})");

    private static string Summary(IDatedRecord record) => record switch
    {
        Event e => e.Summary,
        Source s => s.Title,
        Claim c => c.Statement,
        Quotation q => q.Text,
        Figure f => FigureText(f),
        Score s => $"{s.Indicator}: {ExportTable.Number(s.Value)} out of {ExportTable.Number(s.ScaleMaximum)}",
        Ranking r => $"{r.Indicator}: position {r.Position.ToString(CultureInfo.InvariantCulture)}, counted from the {ExportTable.Text(r.Direction)}" + (r.Scope is null ? "" : $", {r.Scope}"),
        _ => record.Id,
    };

    private static string KindName(ChronologyRecordKind kind) => kind switch
    {
        ChronologyRecordKind.Event => "event",
        ChronologyRecordKind.Source => "source",
        ChronologyRecordKind.Claim => "claim",
        ChronologyRecordKind.Quotation => "quotation",
        ChronologyRecordKind.Figure => "figure",
        ChronologyRecordKind.Score => "score",
        _ => "ranking",
    };

    private static WorkbookSheet FromTable(ExportTable table)
    {
        var columns = table.Fields.Select(f => new WorkbookColumn(f.Name, CellType(f.Type), f.Description)).ToArray();
        var rows = table.Rows.Select(row => row.Select((value, i) => Cell(table.Fields[i].Type, value)).ToArray()).ToArray();
        var name = char.ToUpperInvariant(table.Name[0]) + table.Name[1..];
        return new WorkbookSheet(name, $"{table.Description} The columns of {table.FileName}.", columns, rows);
    }

    /// <summary>A CSV value as a cell: integers, numbers and years as number cells, days as date cells, everything else text.</summary>
    internal static WorkbookCell? Cell(string type, string? value) => value is null ? null : type switch
    {
        "integer" or "number" or "year" => WorkbookCell.OfNumber(value),
        "date" => WorkbookCell.OfDay(LocalDatePattern.Iso.Parse(value).Value),
        _ => WorkbookCell.OfText(value),
    };

    private static string CellType(string tableSchemaType) => tableSchemaType switch
    {
        "integer" or "number" or "year" => "number",
        "date" => "date",
        _ => "text",
    };

    private static WorkbookSheet About(LaosRightsDataset dataset, IReadOnlyList<WorkbookSheet> sheets)
    {
        var article = dataset.Article;
        var rows = new List<WorkbookCell?[]>
        {
            Row("Title", $"{article.Title}: events, cases, figures, claims and their evidence"),
            Row("Licence", $"{article.License} (Creative Commons Attribution-ShareAlike 4.0 International), {article.LicenseUrl.OriginalString}. Share what you make from this data under the same licence."),
            Row("Attribution", article.Attribution),
            Row("Source", article.SourceUrl.OriginalString),
            Row("Data version", dataset.DataVersion),
            Row("Schema version", dataset.SchemaVersion.ToString(CultureInfo.InvariantCulture)),
            Row("Article SHA-256", article.Sha256),
            Row("Cells", "Numbers are number cells and full days are date cells (yyyy-mm-dd); everything else, partial dates included, is text. No cell holds a formula. A day before 1 March 1900, which spreadsheets cannot hold as a date, is ISO text."),
        };
        foreach (var sheet in sheets)
        {
            rows.Add(Row($"Sheet {sheet.Name}", sheet.Description));
            rows.AddRange(sheet.Columns.Select(c => Row($"{sheet.Name}: {c.Name}", $"({c.Type}) {c.Description}")));
        }

        rows.Add(Row($"Sheet {AboutSheet}", "This sheet."));
        WorkbookColumn[] columns = [new("Item", "text", "What is described."), new("Description", "text", "The description.")];
        return new WorkbookSheet(AboutSheet, "Title, licence, attribution, data version, and a description of every sheet and column.", columns, rows);

        static WorkbookCell?[] Row(string item, string text) => [WorkbookCell.OfText(item), WorkbookCell.OfText(text)];
    }

    private static WorkbookCell? Text(string? value) => string.IsNullOrEmpty(value) ? null : WorkbookCell.OfText(value);

    private static string Join(IEnumerable<string> values) => string.Join(ListSeparator, values);
}
