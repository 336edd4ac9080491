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
        new("Order", "number", "The row's place in time order, 1 to n: sort by this column to restore the order after sorting by another."),
        new("Date", "text", "The date that places the row, exactly as the data gives it: EDTF text such as 1999-10 (a month), 2004/2005 (a span), ../2009-10 (by October 2009), 18XX (a century); for an undated event placed by the article's sequence, the interval its bounds allow. Text, so that no spreadsheet turns it into a day it does not name."),
        new("When", "text", "The same date in words (\"October 1999\", \"2004 to 2005\", \"by October 2009\"; the library's display form)."),
        new("Earliest day", "date", "The earliest day the date can mean (a date cell; a day before 1 March 1900 is ISO text); empty when the date is open at its start or absent."),
        new("Latest day", "date", "The latest day the date can mean (a date cell); empty when the date is open at its end or absent."),
        new("Date basis", "text", "How the row was placed in time, in a word to filter on: stated (the article gives the date), derived (worked out from the article's words), placed by sequence (undated; placed between its neighbours in the article's sequence), narrative only (undated; nothing places it, so it stands after every placed row, where the article tells it)."),
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
        new("Record id", "text", "The record's id: its row on the sheet of its kind (column id)."),
    ];

    public static IReadOnlyList<WorkbookSheet> Build(LaosRightsDataset dataset)
    {
        var sheets = new List<WorkbookSheet> { Chronology(dataset) };
        var tables = DatasetTables.Build(dataset).ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var name in TableSheets)
        {
            sheets.Add(FromTable(tables[name], dataset));
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
                WorkbookCell.OfNumber((rows.Count + 1).ToString(CultureInfo.InvariantCulture)),
                Text(entry.Date?.ToString()),
                Text(entry.Date is { } words ? DateWords.Readable(words) : null),
                entry.Date?.Earliest is { } earliest ? WorkbookCell.OfDay(earliest) : null,
                entry.Date?.Latest is { } latest ? WorkbookCell.OfDay(latest) : null,
                Text(DateBasis(entry.Placement)),
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

        return new WorkbookSheet(ChronologySheet, "The article's chronology: every event, dated or not, and every dated source, claim, quotation, figure, score and ranking, one row each in time order, with everything a reader needs on the row.", ChronologyColumns, rows);
    }

    /// <summary>A chronology entry's placement in a word or two to filter on.</summary>
    internal static string DateBasis(ChronologyPlacement placement) => placement switch
    {
        ChronologyPlacement.Stated => "stated",
        ChronologyPlacement.Derived => "derived",
        ChronologyPlacement.Sequence => "placed by sequence",
        _ => "narrative only",
    };

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

    private static WorkbookSheet FromTable(ExportTable table, LaosRightsDataset dataset)
    {
        var links = LinkColumns(table.Name, dataset);
        var columns = table.Fields.Select(f => new WorkbookColumn(f.Name, CellType(f.Type), Reworded.GetValueOrDefault($"{table.Name}.{f.Name}", f.Description)))
            .Concat(links.Select(l => l.Column))
            .ToArray();
        var id = table.Fields.Select(f => f.Name).ToList().IndexOf("id");
        var rows = table.Rows
            .Select(row => row.Select((value, i) => Cell(table.Fields[i].Type, value)).Concat(links.Select(l => Text(l.Value(row[id]!)))).ToArray())
            .ToArray();
        var name = char.ToUpperInvariant(table.Name[0]) + table.Name[1..];
        var joined = links.Count == 0 ? "" : " After them, the links of the CSV link tables as readable lists: " + string.Join(", ", links.Select(l => l.Column.Name)) + ".";
        return new WorkbookSheet(name, $"{table.Description} The columns of {table.FileName} in the CSV export.{joined}", columns, rows);
    }

    /// <summary>
    /// Descriptions of CSV columns that point at what is not in the workbook (the records table, datapackage.json), said
    /// the workbook's way.
    /// </summary>
    private static readonly Dictionary<string, string> Reworded = new(StringComparer.Ordinal)
    {
        ["evidence.record_id"] = "The record the quote proves: its id in the column id of the sheet of its kind.",
        ["evidence.start"] = "Where the quote starts in the article text, in UTF-16 code units (the article's SHA-256 is on the About sheet).",
    };

    /// <summary>A column the workbook adds to a kind sheet: a link table's rows for the record, joined as readable text.</summary>
    private sealed record LinkColumn(WorkbookColumn Column, Func<string, string?> Value);

    /// <summary>
    /// The columns a kind sheet gets after the CSV table's own: the record's links (in the CSV, separate link tables) as
    /// names joined by "; " (events one per line), each followed by the ids in the same order.
    /// </summary>
    private static List<LinkColumn> LinkColumns(string table, LaosRightsDataset dataset)
    {
        var columns = new List<LinkColumn>();
        void Add(string name, string description, Func<string, IEnumerable<string>> values, string separator = ListSeparator) =>
            columns.Add(new(new(name, "text", description + " Added by the workbook; not a column of the CSV table."), id => NullIfEmpty(string.Join(separator, values(id)))));
        void Actors(string name, string ids, string what, Func<string, IReadOnlyList<string>> of)
        {
            Add(name, $"{what}: their names, \"; \" between them (the CSV table {table[..^1]}_{ids.Replace("_ids", "s", StringComparison.Ordinal)}).", id => ActorNames(dataset, of(id)));
            Add(ids, $"The ids of the {name}, in the same order (actors sheet).", of);
        }

        switch (table)
        {
            case "events":
                Actors("claimants", "claimant_ids", "The actors who claim, report or raise the event, where the article names them", id => dataset.Events[id].ClaimantIds);
                Add("actors", "The actors involved, each with its role in brackets, \"; \" between them (the CSV table event_actors).", id => dataset.Events[id].Actors.Select(a => $"{dataset.Actors[a.ActorId].Name} ({ExportTable.Text(a.Role)})"));
                Add("actor_ids", "The ids of the actors, in the same order (actors sheet).", id => dataset.Events[id].Actors.Select(a => a.ActorId));
                Add("places", "Where the event happened, as far as the article says: place names, \"; \" between them (the CSV table event_places).", id => dataset.Events[id].PlaceIds.Select(p => dataset.Places[p].Name));
                Add("place_ids", "The ids of the places, in the same order (places sheet).", id => dataset.Events[id].PlaceIds);
                Add("topics", "The topics the event concerns, \"; \" between them (the CSV table event_topics).", id => dataset.Events[id].Topics.Select(t => ExportTable.Text(t)!));
                Add("sources", "The sources the event is reported in or concerns: their titles, \"; \" between them (the CSV table event_sources).", id => dataset.Events[id].SourceIds.Select(s => dataset.Sources[s].Title));
                Add("source_ids", "The ids of the sources, in the same order (sources sheet).", id => dataset.Events[id].SourceIds);
                break;
            case "cases":
                Add("events", "The events of the case in the order of the story, one per line: the date as EDTF text where there is one, then the summary (the CSV table case_events).", id => dataset.Cases[id].EventIds.Select(e => EventLine(dataset.Events[e])), "\n");
                Add("event_ids", "The ids of the events, in the same order (events sheet).", id => dataset.Cases[id].EventIds);
                Actors("subjects", "subject_ids", "The actors the case is about", id => dataset.Cases[id].SubjectIds);
                Add("topics", "The topics the case concerns, \"; \" between them (the CSV table case_topics).", id => dataset.Cases[id].Topics.Select(t => ExportTable.Text(t)!));
                break;
            case "figures":
                Actors("claimants", "claimant_ids", "The actors who give the figure, where the article names them", id => dataset.Figures[id].ClaimantIds);
                break;
            case "claims":
                Actors("claimants", "claimant_ids", "The actors who make the claim (empty: the article names none)", id => dataset.Claims[id].ClaimantIds);
                Actors("subjects", "subject_ids", "The actors the claim is about", id => dataset.Claims[id].SubjectIds);
                Add("topics", "The topics the claim concerns, \"; \" between them (the CSV table claim_topics).", id => dataset.Claims[id].Topics.Select(t => ExportTable.Text(t)!));
                Add("sources", "The sources the claim is made in: their titles, \"; \" between them (the CSV table claim_sources).", id => dataset.Claims[id].SourceIds.Select(s => dataset.Sources[s].Title));
                Add("source_ids", "The ids of the sources, in the same order (sources sheet).", id => dataset.Claims[id].SourceIds);
                Add("events", "The events the claim belongs to, one per line: the date as EDTF text where there is one, then the summary (the CSV table claim_events).", id => dataset.Claims[id].EventIds.Select(e => EventLine(dataset.Events[e])), "\n");
                Add("event_ids", "The ids of the events, in the same order (events sheet).", id => dataset.Claims[id].EventIds);
                break;
            case "quotations":
                Actors("subjects", "subject_ids", "The actors the quoted words are about", id => dataset.Quotations[id].SubjectIds);
                break;
            case "sources":
                Actors("authors", "author_ids", "The actors who wrote or made the source", id => dataset.Sources[id].AuthorIds);
                break;
        }

        return columns;
    }

    private static string EventLine(Event e) => e.Date is { } date ? $"{date}: {e.Summary}" : e.Summary;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

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
            Row("Cells", "Numbers are number cells. The earliest and latest day a date can mean (Chronology: Earliest day, Latest day; the other sheets: columns ending in _earliest and _latest) are date cells (yyyy-mm-dd), except a day before 1 March 1900, which spreadsheets cannot hold as a date and which is ISO text. The dates themselves (Chronology: Date; the other sheets: the date columns) are EDTF text, even for a full day, so that no date gains a precision the article does not give. Everything else is text. No cell holds a formula."),
            Row("Lists", "Where a cell lists several names, they are separated by \"; \"; where it lists events, quotes or figures, there is one per line."),
            Row("Other exports", "This workbook is one export of the data. The CSV tables, with their Frictionless Data Package descriptor (datapackage.json) for pandas, R and frictionless, and the JSON for programs are separate exports (LaosRights.Data.Export), not part of this file. The kind sheets have the columns of the CSV tables of the same name, then the links the CSV keeps in separate link tables."),
        };
        foreach (var sheet in sheets)
        {
            rows.Add(Row($"Sheet {sheet.Name}", sheet.Description));
            rows.AddRange(sheet.Columns.Select(c => Row($"{sheet.Name}: {c.Name}", $"({c.Type}) {c.Description}")));
        }

        rows.Add(Row($"Sheet {AboutSheet}", "This sheet."));
        WorkbookColumn[] columns = [new("Item", "text", "What is described."), new("Description", "text", "The description.")];
        return new WorkbookSheet(AboutSheet, "Title, licence, attribution, data version, and a description of every sheet and column.", columns, rows, AutoFilter: false);

        static WorkbookCell?[] Row(string item, string text) => [WorkbookCell.OfText(item), WorkbookCell.OfText(text)];
    }

    /// <summary>The document properties: title, subject, creator and a description with the licence; no dates.</summary>
    public static WorkbookProperties Properties(LaosRightsDataset dataset)
    {
        var article = dataset.Article;
        return new WorkbookProperties(
            Title: $"{article.Title}: events, cases, figures, claims and their evidence",
            Subject: $"A typed, cited dataset drawn from the article \"{article.Title}\", data version {dataset.DataVersion}",
            Creator: "LaosRights.Data",
            Description: $"Data version {dataset.DataVersion}. Licence: {article.License} ({article.LicenseUrl.OriginalString}). {article.Attribution}",
            Keywords: "Laos; human rights; chronology; dataset");
    }

    private static WorkbookCell? Text(string? value) => string.IsNullOrEmpty(value) ? null : WorkbookCell.OfText(value);

    private static string Join(IEnumerable<string> values) => string.Join(ListSeparator, values);
}
