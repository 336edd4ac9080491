using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using ExcelDataReader;
using FluentAssertions;
using LaosRights.Data.Workbook;
using Xunit;
using static LaosRights.Data.Export.Tests.ExportTestSupport;

namespace LaosRights.Data.Export.Tests;

/// <summary>
/// The workbook, written with the Open XML SDK and read back with a different library (ExcelDataReader) and, for what a
/// reader library hides (formulas, cell types, frozen panes), as the raw XML of the package.
/// </summary>
public class WorkbookTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly Lazy<byte[]> LazyWhole = new(() => Write(Whole));

    private static byte[] WholeBytes => LazyWhole.Value;

    static WorkbookTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Write(LaosRightsDataset dataset)
    {
        using var stream = new MemoryStream();
        DatasetExport.WriteXlsx(dataset, stream);
        return stream.ToArray();
    }

    /// <summary>Every sheet as ExcelDataReader reads it: the header and the rows of typed values (null for an empty cell).</summary>
    private static List<(string Name, string[] Header, List<object?[]> Rows)> Read(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var sheets = new List<(string, string[], List<object?[]>)>();
        do
        {
            reader.Read().Should().BeTrue($"sheet {reader.Name} has a header row");
            var header = Enumerable.Range(0, reader.FieldCount).Select(i => (string)reader.GetValue(i)).ToArray();
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                rows.Add([.. Enumerable.Range(0, header.Length).Select(reader.GetValue)]);
            }

            sheets.Add((reader.Name, header, rows));
        }
        while (reader.NextResult());
        return sheets;
    }

    private static List<(string Name, string[] Header, List<object?[]> Rows)> WholeSheets => LazySheets.Value;

    private static readonly Lazy<List<(string Name, string[] Header, List<object?[]>)>> LazySheets = new(() => Read(WholeBytes));

    private static (string Name, string[] Header, List<object?[]> Rows) Sheet(string name) => WholeSheets.Single(s => s.Name == name);

    private static object? Expected(string type, string? value) => value is null ? null : type switch
    {
        "integer" or "number" or "year" => double.Parse(value, CultureInfo.InvariantCulture),
        "date" when NodaTime.Text.LocalDatePattern.Iso.Parse(value).Value >= WorkbookCell.EarliestDateCell =>
            DateTime.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value,
    };

    /// <summary>The worksheets' XML, by sheet name.</summary>
    private static Dictionary<string, XDocument> WorksheetXml(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        XDocument Part(string path)
        {
            using var s = zip.GetEntry(path)!.Open();
            return XDocument.Load(s);
        }

        var book = Part("xl/workbook.xml");
        var rels = Part("xl/_rels/workbook.xml.rels");
        XNamespace r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        return book.Descendants(Main + "sheet").ToDictionary(
            s => (string)s.Attribute("name")!,
            s => Part(((string)rels.Root!.Elements().Single(e => (string)e.Attribute("Id")! == (string)s.Attribute(r + "id")!).Attribute("Target")!).TrimStart('/')));
    }

    [Fact]
    public void The_sheets_are_the_chronology_the_record_kinds_the_evidence_and_about()
    {
        WholeSheets.Select(s => s.Name).Should().Equal(
            "Chronology", "Events", "Cases", "Figures", "Scores", "Rankings", "Claims", "Quotations", "Actors", "Places", "Sources", "Evidence", "About");
    }

    [Fact]
    public void The_chronology_has_one_row_per_entry_in_order_with_everything_on_the_row()
    {
        var (_, header, rows) = Sheet("Chronology");
        header.Should().Equal("Order", "Date", "When", "Earliest day", "Latest day", "Date basis", "What the date means", "Kind", "Summary", "Standing", "Claimants", "Actors", "Places", "Topics", "Figures", "Quote", "Section", "Record id");
        var chronology = Whole.Chronology();
        rows.Select(r => (string)r[17]!).Should().Equal(chronology.Select(e => e.Id));
        rows.Select(r => (string)r[17]!).Should().Contain(Whole.Events.Select(e => e.Id), "every event has a row, dated or not");

        for (var i = 0; i < chronology.Count; i++)
        {
            var (entry, row) = (chronology[i], rows[i]);
            var record = (DatasetRecord)entry.Record;
            row[1].Should().Be(entry.Date?.ToString(), "the date is the data's own text, never a day it does not name");
            row[3].Should().Be(Expected("date", entry.Date?.Earliest?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
            row[4].Should().Be(Expected("date", entry.Date?.Latest?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
            row[6].Should().Be(DateWords.Meaning(entry));
            row[15].Should().Be(string.Join("\n", record.Evidence.Select(v => v.Quote)));
            if (entry.Record is Event e)
            {
                row[7].Should().Be("event");
                row[8].Should().Be(e.Summary);
                row[9].Should().Be(LaosRights.Data.Serialization.VocabularyNames.ToName(e.Standing));
                row[11].Should().Be(e.Actors.Count == 0 ? null : string.Join("; ", e.Actors.Select(a => $"{Whole.Actors[a.ActorId].Name} ({LaosRights.Data.Serialization.VocabularyNames.ToName(a.Role)})")));
            }
        }

        var ratification = rows.Single(r => (string)r[17]! == "iccpr-ratification-2009");
        ratification[1].Should().Be("2009-09-25");
        ratification[2].Should().Be("25 September 2009");
        ratification[3].Should().Be(new DateTime(2009, 9, 25));
        ratification[4].Should().Be(new DateTime(2009, 9, 25));
        ratification[6].Should().Be("When it happened. The day 25 September 2009. As the article states it.");
        ratification[12].Should().Be("Laos");
        ratification[13].Should().Be("treaty-ratification");
        ratification[14].Should().Be("years between Laos signing and ratifying the ICCPR: 9 years");
        ratification[15].Should().Be("On 25 September 2009, Laos ratified the International Covenant on Civil and Political Rights, 9 years after signing the treaty.");

        var figure = rows.First(r => (string?)r[7] == "figure");
        var counted = Whole.Figures[(string)figure[17]!];
        ((string)figure[8]!).Should().StartWith($"{counted.Counted}: {counted.Quantity.Wording}", "a figure keeps the article's words for the amount");
    }

    [Fact]
    public void Dates_of_partial_precision_stay_text_and_their_days_are_date_cells()
    {
        var rows = Sheet("Chronology").Rows;
        var month = rows.First(r => (string?)r[1] == "1999-10");
        month[2].Should().Be("October 1999");
        month[3].Should().Be(new DateTime(1999, 10, 1));
        month[4].Should().Be(new DateTime(1999, 10, 31));
        ((string)month[6]!).Should().Contain("Some time in October 1999: any day from 1 October 1999 to 31 October 1999; the article gives the month only.");

        var span = rows.First(r => (string?)r[1] == "2004/2005");
        span[2].Should().Be("2004 to 2005");
        span[3].Should().Be(new DateTime(2004, 1, 1));
        span[4].Should().Be(new DateTime(2005, 12, 31));

        var until = rows.First(r => (string?)r[1] == "../2009-10");
        until[2].Should().Be("by October 2009");
        until[3].Should().BeNull("an interval open at its start has no earliest day");
        until[4].Should().Be(new DateTime(2009, 10, 31));

        var century = rows.First(r => (string?)r[1] == "18XX/..");
        century[2].Should().Be("since the 19th century", "the model's display form");
        century[3].Should().Be("1800-01-01", "a day before 1 March 1900 cannot be a spreadsheet date, so it is ISO text");

        Sheet("Events").Rows.Select(r => r[Array.IndexOf(Sheet("Events").Header, "date")]).OfType<DateTime>()
            .Should().BeEmpty("the EDTF column is text on the record sheets too");
    }

    [Fact]
    public void Events_nothing_places_come_last_and_say_so()
    {
        var rows = Sheet("Chronology").Rows;
        var narrative = Whole.Chronology().Count(e => e.Placement == ChronologyPlacement.Narrative);
        narrative.Should().BeGreaterThan(0);
        rows.TakeLast(narrative).Should().OnlyContain(r => r[1] == null && ((string)r[6]!).StartsWith("Undated", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_record_sheet_holds_every_value_of_its_csv_table_as_a_typed_cell()
    {
        var tables = DatasetTables.Build(Whole).ToDictionary(t => t.Name);
        foreach (var name in DatasetWorkbook.TableSheets)
        {
            var table = tables[name];
            var (sheetName, header, rows) = Sheet(char.ToUpperInvariant(name[0]) + name[1..]);
            header.Take(table.Fields.Count).Should().Equal(table.Fields.Select(f => f.Name), sheetName + " starts with the CSV table's columns");
            rows.Should().HaveCount(table.Rows.Count, sheetName);
            table.Rows.Should().NotBeEmpty(name);
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; c < table.Fields.Count; c++)
                {
                    rows[r][c].Should().Be(Expected(table.Fields[c].Type, table.Rows[r][c]), $"{sheetName}!{XlsxWriter.Column(c)}{r + 2}");
                }
            }
        }
    }

    [Fact]
    public void Kind_sheets_list_the_links_of_the_csv_link_tables_as_names_and_ids()
    {
        string? Value(string sheet, string id, string column)
        {
            var (_, header, rows) = Sheet(sheet);
            return (string?)rows.Single(r => (string)r[0]! == id)[Array.IndexOf(header, column)];
        }

        Sheet("Claims").Header.Should().Contain(["claimants", "claimant_ids", "subjects", "subject_ids", "topics", "sources", "source_ids", "events", "event_ids"]);
        Sheet("Cases").Header.Should().Contain(["events", "event_ids", "subjects", "subject_ids", "topics"]);
        Sheet("Events").Header.Should().Contain(["claimants", "claimant_ids", "actors", "actor_ids", "places", "place_ids", "topics", "sources", "source_ids"]);
        Sheet("Sources").Header.Should().Contain(["authors", "author_ids"]);

        foreach (var claim in Whole.Claims)
        {
            Value("Claims", claim.Id, "claimant_ids").Should().Be(claim.ClaimantIds.Count == 0 ? null : string.Join("; ", claim.ClaimantIds));
            Value("Claims", claim.Id, "claimants").Should().Be(claim.ClaimantIds.Count == 0 ? null : string.Join("; ", claim.ClaimantIds.Select(a => Whole.Actors[a].Name)));
            Value("Claims", claim.Id, "subjects").Should().Be(claim.SubjectIds.Count == 0 ? null : string.Join("; ", claim.SubjectIds.Select(a => Whole.Actors[a].Name)));
        }

        Sheet("Claims").Rows.Should().Contain(r => r[Array.IndexOf(Sheet("Claims").Header, "claimants")] != null, "the article names claimants");
        foreach (var @case in Whole.Cases)
        {
            Value("Cases", @case.Id, "event_ids").Should().Be(string.Join("; ", @case.EventIds));
            Value("Cases", @case.Id, "events")!.Split('\n').Should().HaveCount(@case.EventIds.Count).And.Contain(line => line.EndsWith(Whole.Events[@case.EventIds[0]].Summary, StringComparison.Ordinal));
        }

        var ratification = Whole.Events["iccpr-ratification-2009"];
        Value("Events", ratification.Id, "places").Should().Be("Laos");
        Value("Events", ratification.Id, "topics").Should().Be("treaty-ratification");
        Value("Events", ratification.Id, "actors").Should().Be(string.Join("; ", ratification.Actors.Select(a => $"{Whole.Actors[a.ActorId].Name} ({LaosRights.Data.Serialization.VocabularyNames.ToName(a.Role)})")));
        ratification.Actors.Should().NotBeEmpty();

        var about = Sheet("About").Rows.ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        about["Claims: claimants"].Should().Contain("claim_claimants").And.Contain("not a column of the CSV table");
    }

    [Fact]
    public void The_chronology_has_an_order_and_a_date_basis_to_filter_on()
    {
        var (_, header, rows) = Sheet("Chronology");
        var chronology = Whole.Chronology();
        rows.Select(r => r[0]).Should().Equal(Enumerable.Range(1, chronology.Count).Select(i => (object)(double)i), "Order is a number 1…n in time order");
        rows.Select(r => (string)r[Array.IndexOf(header, "Date basis")]!).Should().Equal(chronology.Select(e => e.Placement switch
        {
            ChronologyPlacement.Stated => "stated",
            ChronologyPlacement.Derived => "derived",
            ChronologyPlacement.Sequence => "placed by sequence",
            _ => "narrative only",
        }));
        rows.Select(r => (string)r[Array.IndexOf(header, "Date basis")]!).Distinct().Should().Contain(["stated", "derived", "narrative only"]);
        ((string)rows.Single(r => (string)r[^1]! == "iccpr-ratification-2009")[5]!).Should().Be("stated");
    }

    [Fact]
    public void Rows_are_as_high_as_their_longest_wrapped_cell()
    {
        var sheets = WorksheetXml(WholeBytes);
        foreach (var (name, sheet) in sheets)
        {
            sheet.Descendants(Main + "row").Skip(1).Should().OnlyContain(r => (string?)r.Attribute("customHeight") == "1" && r.Attribute("ht") != null, name);
        }

        // A chronology row with a quote of several hundred characters in a 60-character column is several lines high.
        var chronology = Sheet("Chronology");
        var longest = chronology.Rows.Select((r, i) => (Length: ((string?)r[15])?.Length ?? 0, Row: i + 2)).MaxBy(x => x.Length);
        longest.Length.Should().BeGreaterThan(300);
        var height = (double)sheets["Chronology"].Descendants(Main + "row").Single(r => (string)r.Attribute("r")! == longest.Row.ToString(CultureInfo.InvariantCulture)).Attribute("ht")!;
        height.Should().BeGreaterThanOrEqualTo(15 * Math.Min(27, Math.Ceiling(longest.Length / 58.0))).And.BeLessThanOrEqualTo(409.5);

        XlsxWriter.RowHeight([WorkbookCell.OfText(new string('a', 100)), WorkbookCell.OfText("short")], [60, 60], [true, true]).Should().Be(30);
        XlsxWriter.RowHeight([WorkbookCell.OfText("one\ntwo\nthree")], [20], [true]).Should().Be(45);
        XlsxWriter.RowHeight([WorkbookCell.OfText(new string('a', 100))], [60], [false]).Should().Be(15, "a cell that does not wrap stays one line");
        XlsxWriter.RowHeight([WorkbookCell.OfText(new string('a', 10_000))], [60], [true]).Should().Be(409.5, "Excel's largest row height");
    }

    [Fact]
    public void Every_sheet_prints_landscape_one_page_wide_with_the_header_on_every_page()
    {
        foreach (var (name, sheet) in WorksheetXml(WholeBytes))
        {
            var setup = sheet.Descendants(Main + "pageSetup").Single();
            ((string?)setup.Attribute("orientation")).Should().Be("landscape", name);
            ((string?)setup.Attribute("fitToWidth")).Should().Be("1", name);
            ((string?)setup.Attribute("fitToHeight")).Should().Be("0", name);
            ((string?)sheet.Descendants(Main + "pageSetUpPr").Single().Attribute("fitToPage")).Should().Be("1", name);
        }

        using var zip = new ZipArchive(new MemoryStream(WholeBytes));
        using var book = zip.GetEntry("xl/workbook.xml")!.Open();
        var titles = XDocument.Load(book).Descendants(Main + "definedName").Where(d => (string?)d.Attribute("name") == "_xlnm.Print_Titles").ToList();
        titles.Select(t => t.Value).Should().Equal(WholeSheets.Select(s => $"'{s.Name}'!$1:$1"));
        titles.Select(t => (string?)t.Attribute("localSheetId")).Should().Equal(WholeSheets.Select((_, i) => i.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_document_properties_name_the_title_the_creator_and_the_licence_without_a_date()
    {
        using var zip = new ZipArchive(new MemoryStream(WholeBytes));
        using var core = zip.GetEntry("docProps/core.xml")!.Open();
        var xml = XDocument.Load(core);
        string? Element(string name) => xml.Root!.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        Element("title").Should().StartWith(Whole.Article.Title);
        Element("creator").Should().Be("LaosRights.Data");
        Element("subject").Should().Contain(Whole.DataVersion);
        Element("description").Should().Contain("CC BY-SA 4.0").And.Contain(Whole.Article.Attribution);
        Element("created").Should().BeNull("no clock enters the workbook");
        Element("modified").Should().BeNull("no clock enters the workbook");
    }

    [Fact]
    public void Values_are_the_datasets_own()
    {
        var figures = Sheet("Figures");
        var exile = figures.Rows.Single(r => (string)r[0]! == "hmong-exile-thailand-count");
        var column = (string c) => Array.IndexOf(figures.Header, c);
        exile[column("value")].Should().Be(200_000d, "a count is a number cell");
        exile[column("bound")].Should().Be("at-most", "the bound stays beside the number");
        exile[column("wording")].Should().Be(Whole.Figures["hmong-exile-thailand-count"].Quantity.Wording);

        var evidence = Sheet("Evidence");
        evidence.Rows.Should().Contain(r => (string?)r[Array.IndexOf(evidence.Header, "quote")] == "- Laotian penal system",
            "a value beginning with '-' is text, not a formula");
    }

    [Fact]
    public void No_cell_is_a_formula_and_every_cell_is_text_number_or_date()
    {
        foreach (var (name, sheet) in WorksheetXml(WholeBytes))
        {
            var cells = sheet.Descendants(Main + "c").ToList();
            cells.Should().NotBeEmpty(name);
            cells.Should().OnlyContain(c => c.Element(Main + "f") == null, $"sheet {name} has no formula");
            cells.Select(c => (string?)c.Attribute("t") ?? "n").Distinct().Should().BeSubsetOf(["s", "n"], $"sheet {name} has shared-string text and numbers (dates are numbers with a date format) only");
        }
    }

    [Fact]
    public void Text_that_looks_like_a_formula_stays_text()
    {
        var json = JsonNode.Parse(ToJson(Whole))!;
        var events = json["events"]!.AsArray();
        events[0]!["summary"] = "=HYPERLINK(\"http://example.org\",\"click\")";
        events[1]!["summary"] = "@SUM(1+1)*cmd|' /C calc'!A0";
        events[2]!["summary"] = "+1-1";
        var hostile = LaosRightsDataset.Parse(json.ToJsonString());

        var workbook = Write(hostile);

        Read(workbook).Single(s => s.Name == "Events").Rows.Select(r => r[1]).Should()
            .Contain(["=HYPERLINK(\"http://example.org\",\"click\")", "@SUM(1+1)*cmd|' /C calc'!A0", "+1-1"]);
        WorksheetXml(workbook).Values.SelectMany(x => x.Descendants(Main + "f")).Should().BeEmpty();
    }

    [Fact]
    public void Every_sheet_has_a_frozen_header_an_autofilter_widths_and_wraps_long_text()
    {
        var sheets = WorksheetXml(WholeBytes);
        sheets["About"].Descendants(Main + "autoFilter").Should().BeEmpty("About is prose, not a table to filter");
        foreach (var (name, sheet) in sheets.Where(s => s.Key != "About"))
        {
            var pane = sheet.Descendants(Main + "pane").Single();
            ((string?)pane.Attribute("state")).Should().Be("frozen", name);
            ((string?)pane.Attribute("ySplit")).Should().Be("1", name);
            var rows = sheet.Descendants(Main + "row").Count();
            var columns = sheet.Descendants(Main + "col").ToList();
            ((string?)sheet.Descendants(Main + "autoFilter").Single().Attribute("ref")).Should().Be($"A1:{XlsxWriter.Column(columns.Count - 1)}{rows}", name);
            columns.Should().OnlyContain(c => (string?)c.Attribute("customWidth") == "1" && double.Parse((string)c.Attribute("width")!, CultureInfo.InvariantCulture) >= 8, name);
        }

        ((string?)sheets["About"].Descendants(Main + "pane").Single().Attribute("state")).Should().Be("frozen");

        // The summary column of the chronology is long text: its cells use the wrapping style.
        using var zip = new ZipArchive(new MemoryStream(WholeBytes));
        using var styles = zip.GetEntry("xl/styles.xml")!.Open();
        var formats = XDocument.Load(styles).Descendants(Main + "cellXfs").Single().Elements().ToList();
        var summaryStyle = int.Parse((string)sheets["Chronology"].Descendants(Main + "c").First(c => (string)c.Attribute("r")! == "I2").Attribute("s")!, CultureInfo.InvariantCulture);
        ((string?)formats[summaryStyle].Element(Main + "alignment")?.Attribute("wrapText")).Should().Be("1");
    }

    [Fact]
    public void About_gives_the_licence_the_attribution_the_version_and_every_column()
    {
        var (_, header, rows) = Sheet("About");
        header.Should().Equal("Item", "Description");
        var about = rows.ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        about["Licence"].Should().StartWith("CC BY-SA 4.0");
        about["Attribution"].Should().Be(Whole.Article.Attribution);
        about["Data version"].Should().Be(Whole.DataVersion);
        foreach (var sheet in WholeSheets.Where(s => s.Name != "About"))
        {
            foreach (var column in sheet.Header)
            {
                about.Should().ContainKey($"{sheet.Name}: {column}");
            }
        }

        about["Chronology: Date"].Should().StartWith("(text)");
        about["Figures: value"].Should().StartWith("(number)");
        about["Events: date_earliest"].Should().StartWith("(date)");
        about.Values.Should().NotContain(v => v.Contains("ChronologyQueries", StringComparison.Ordinal) || v.Contains("see records", StringComparison.Ordinal), "the About sheet speaks to spreadsheet users");
        about.Values.Where(v => v.Contains("datapackage.json", StringComparison.Ordinal)).Should().OnlyContain(v => v.Contains("separate export", StringComparison.Ordinal));
        about["Cells"].Should().Contain("EDTF text, even for a full day");
    }

    [Fact]
    public void The_same_data_gives_the_same_bytes_with_fixed_entry_times()
    {
        Write(Whole).Should().Equal(WholeBytes);
        using var zip = new ZipArchive(new MemoryStream(WholeBytes));
        zip.Entries.Should().OnlyContain(e => e.LastWriteTime.DateTime == new DateTime(1980, 1, 1));
        zip.Entries[0].FullName.Should().Be("[Content_Types].xml");
    }

    [Fact]
    public void A_subset_writes_only_its_records()
    {
        var subset = Whole.Subset(Whole.Events.Where(e => e.Topics.Contains(Topic.ForcedReturn)));
        var sheets = Read(Write(subset));
        sheets.Single(s => s.Name == "Chronology").Rows.Should().HaveCount(subset.Chronology().Count).And.HaveCountLessThan(Whole.Chronology().Count);
        sheets.Single(s => s.Name == "Events").Rows.Should().HaveCount(subset.Events.Count);
    }

    [Fact]
    public void WriteXlsx_checks_its_arguments_and_leaves_the_stream_open()
    {
        FluentActions.Invoking(() => DatasetExport.WriteXlsx(null!, new MemoryStream())).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DatasetExport.WriteXlsx(Whole, null!)).Should().Throw<ArgumentNullException>();
        using var stream = new MemoryStream();
        DatasetExport.WriteXlsx(Whole, stream);
        stream.CanWrite.Should().BeTrue();
    }

    [Fact]
    public void A_value_too_long_for_a_cell_is_refused_before_anything_is_written()
    {
        WorkbookSheet sheet = new("Long", "A sheet.", [new("text", "text", "Text.")], [[WorkbookCell.OfText(new string('a', XlsxWriter.MaxCellLength + 1))]]);
        using var stream = new MemoryStream();

        FluentActions.Invoking(() => XlsxWriter.Write([sheet], stream)).Should().Throw<ArgumentException>().WithMessage("*32767*");
        stream.Length.Should().Be(0);
    }

    private static string ToJson(LaosRightsDataset dataset)
    {
        using var stream = new MemoryStream();
        DatasetJson.Write(dataset, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
