using System.Globalization;
using NodaTime.Text;

namespace LaosRights.Data.Workbook;

/// <summary>
/// The sheets of the workbook: a chronology for readers (one row per event, everything on the row), one sheet per
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
        new("Date", "text", "When it happened, exactly as the data gives it: EDTF text such as 1999-10 (a month), 2004/2005 (a span), ../2009-10 (until October 2009), 18XX (a century). Text, so that no spreadsheet turns it into a day it does not name."),
        new("When", "text", "The same date in words (\"October 1999\", \"2004 to 2005\", \"until October 2009\")."),
        new("Earliest day", "date", "The earliest day the date can mean (a date cell; a day before 1 March 1900 is ISO text); empty when the date is open at its start or absent."),
        new("Latest day", "date", "The latest day the date can mean (a date cell); empty when the date is open at its end or absent."),
        new("What the date means", "text", "Which days the date can be, at which precision, and whether the article states it or it was derived (and how)."),
        new("Summary", "text", "A neutral one-line summary in the article's terms; it never states an allegation as fact."),
        new("Standing", "text", "How the article stands behind the event: stated, reported, alleged, denied, …"),
        new("Claimants", "text", "Who claims, reports or raises the event, where the article names them (names separated by \"; \")."),
        new("Actors", "text", "The actors involved, each with its role in brackets (\"; \" between actors)."),
        new("Places", "text", "Where it happened, as far as the article says (\"; \" between places)."),
        new("Topics", "text", "The human-rights topics it concerns (\"; \" between topics)."),
        new("Figures", "text", "The figures attached to the event: what is counted and the article's own words for the amount, which keep its qualifier (\"as many as\", \"around\"); the standing in brackets when the figure is not simply stated. One per line."),
        new("Quote", "text", "The article's own sentence(s) the event comes from, verbatim. One per line."),
        new("Section", "text", "The article section each quote is in (\" > \" between levels). One per line."),
        new("Event id", "text", "The event's id: its row on the Events sheet and in events.csv."),
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

    /// <summary>
    /// The events of the chronology sheet, in order. A seam: when the data has a chronology of its own (issue 14), its
    /// entries replace this, one row each.
    /// </summary>
    internal static IEnumerable<Event> ChronologyEvents(LaosRightsDataset dataset) => dataset.Events.InChronologicalOrder();

    private static WorkbookSheet Chronology(LaosRightsDataset dataset)
    {
        var rows = new List<WorkbookCell?[]>();
        foreach (var e in ChronologyEvents(dataset))
        {
            var figures = dataset.Figures.Where(f => f.EventId == e.Id)
                .Select(f => $"{f.Counted}: {f.Quantity.Wording}" + (f.Standing == Standing.Stated ? "" : $" ({ExportTable.Text(f.Standing)})"));
            rows.Add(
            [
                Text(e.Date?.ToString()),
                Text(e.Date is { } words ? DateWords.Readable(words) : null),
                e.Date?.Earliest is { } earliest ? WorkbookCell.OfDay(earliest) : null,
                e.Date?.Latest is { } latest ? WorkbookCell.OfDay(latest) : null,
                Text(e.Date is { } meaning ? DateWords.Meaning(meaning, e.DateDerivation) : "Undated: the article gives no date; the row stands where the event comes in the article's narrative."),
                Text(e.Summary),
                Text(ExportTable.Text(e.Standing)),
                Text(Join(e.ClaimantIds.Select(id => dataset.Actors[id].Name))),
                Text(Join(e.Actors.Select(a => $"{dataset.Actors[a.ActorId].Name} ({ExportTable.Text(a.Role)})"))),
                Text(Join(e.PlaceIds.Select(id => dataset.Places[id].Name))),
                Text(Join(e.Topics.Select(t => ExportTable.Text(t)!))),
                Text(string.Join("\n", figures)),
                Text(string.Join("\n", e.Evidence.Select(v => v.Quote))),
                Text(string.Join("\n", e.Evidence.Select(v => string.Join(" > ", v.SectionPath)))),
                Text(e.Id),
            ]);
        }

        return new WorkbookSheet(ChronologySheet, "One row per event in chronological order (undated events last, in the article's order), with everything a reader needs on the row.", ChronologyColumns, rows);
    }

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
