using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LaosRights.Data.Workbook;

/// <summary>
/// Writes sheets as an Office Open XML workbook (.xlsx, ECMA-376) with the Open XML SDK (DocumentFormat.OpenXml):
/// text as shared strings, numbers as number cells, days as date cells (serial numbers with a <c>yyyy-mm-dd</c> format),
/// never a formula; each sheet's header row frozen and bold, an autofilter over the table (where the sheet asks for one),
/// column widths from the content, long text wrapped, each row as high as its longest wrapped cell needs, and a page
/// setup for printing: landscape, fitted to the page width, the header row repeated on every page.
/// </summary>
/// <remarks>
/// The same sheets always give the same bytes: relationship ids are fixed, and the package is copied into a new zip
/// whose entries have a fixed time (the Open XML SDK, through System.IO.Packaging, stamps entries with the clock).
/// The workbook is built in memory and copied to the output only when complete.
/// </remarks>
internal static class XlsxWriter
{
    /// <summary>Excel's limit on the characters of one cell.</summary>
    public const int MaxCellLength = 32_767;

    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint WrappedStyle = 3;
    private const uint TopStyle = 4;
    private const int MaxWidth = 60;

    /// <summary>The height of one line of 11 pt Calibri, in points: the default row height.</summary>
    private const double LineHeight = 15;

    /// <summary>Excel's largest row height, in points (27 lines); a longer cell scrolls within its row.</summary>
    private const double MaxRowHeight = 409.5;
    private static readonly DateTimeOffset ZipEntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly NodaTime.LocalDate SerialZero = new(1899, 12, 30);

    public static void Write(IReadOnlyList<WorkbookSheet> sheets, Stream output, WorkbookProperties? properties = null)
    {
        foreach (var sheet in sheets)
        {
            Check(sheet);
        }

        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            if (properties is not null)
            {
                WriteCoreProperties(document.AddCoreFilePropertiesPart(), properties);
                document.ChangeIdOfPart(document.CoreFilePropertiesPart!, "rIdCore");
            }

            var workbookPart = document.AddWorkbookPart();
            document.ChangeIdOfPart(workbookPart, "rId1"); // the SDK makes up a new id each time
            workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Styles();
            var strings = new SharedStrings();
            var sheetList = new Sheets();
            var definedNames = new DefinedNames();
            for (var i = 0; i < sheets.Count; i++)
            {
                var id = "rIdSheet" + (i + 1).ToString(CultureInfo.InvariantCulture);
                workbookPart.AddNewPart<WorksheetPart>(id).Worksheet = Sheet(sheets[i], strings, selected: i == 0);
                sheetList.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)(i + 1), Id = id });
                if (sheets[i].AutoFilter)
                {
                    definedNames.Append(new DefinedName($"'{sheets[i].Name}'!$A$1:${Column(sheets[i].Columns.Count - 1)}${sheets[i].Rows.Count + 1}")
                    {
                        Name = "_xlnm._FilterDatabase",
                        LocalSheetId = (uint)i,
                        Hidden = true,
                    });
                }

                definedNames.Append(new DefinedName($"'{sheets[i].Name}'!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
            }

            workbookPart.AddNewPart<SharedStringTablePart>("rIdStrings").SharedStringTable = strings.Table();
            workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                sheetList,
                definedNames);
        }

        CopyWithFixedTimes(buffer, output);
    }

    /// <summary>
    /// docProps/core.xml (ECMA-376 Part 2, Dublin Core), written by hand: the package's own PackageProperties would store
    /// them in a part with a random name. No created or modified date is written, so the clock never enters the bytes.
    /// </summary>
    private static void WriteCoreProperties(CoreFilePropertiesPart part, WorkbookProperties properties)
    {
        const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Dc = "http://purl.org/dc/elements/1.1/";
        using var stream = part.GetStream(FileMode.Create);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteElementString("dc", "title", Dc, properties.Title);
        xml.WriteElementString("dc", "subject", Dc, properties.Subject);
        xml.WriteElementString("dc", "creator", Dc, properties.Creator);
        xml.WriteElementString("cp", "keywords", Cp, properties.Keywords);
        xml.WriteElementString("dc", "description", Dc, properties.Description);
        xml.WriteEndElement();
    }

    private static void Check(WorkbookSheet sheet)
    {
        foreach (var row in sheet.Rows)
        {
            if (row.Length != sheet.Columns.Count)
            {
                throw new InvalidOperationException($"Sheet '{sheet.Name}' has {sheet.Columns.Count} columns but a row has {row.Length} cells.");
            }

            foreach (var cell in row)
            {
                if (cell is { Kind: CellKind.Text, Text: var text })
                {
                    if (text.Length > MaxCellLength)
                    {
                        throw new ArgumentException($"A value on sheet '{sheet.Name}' has {text.Length} characters; a workbook cell holds at most {MaxCellLength}. It starts: {text[..40]}…");
                    }

                    try
                    {
                        XmlConvert.VerifyXmlChars(text);
                    }
                    catch (XmlException)
                    {
                        throw new ArgumentException($"A value on sheet '{sheet.Name}' holds a control character that a workbook cannot hold: {text[..Math.Min(40, text.Length)]}");
                    }
                }
            }
        }
    }

    private static Worksheet Sheet(WorkbookSheet sheet, SharedStrings strings, bool selected)
    {
        var lastColumn = Column(sheet.Columns.Count - 1);
        var lastRow = sheet.Rows.Count + 1;
        var widths = new int[sheet.Columns.Count];
        for (var c = 0; c < widths.Length; c++)
        {
            widths[c] = Math.Max(sheet.Columns[c].Name.Length + 3, 8); // room for the autofilter button
        }

        foreach (var row in sheet.Rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                if (row[c] is { } cell)
                {
                    var longest = cell.Kind == CellKind.Date ? 10 : cell.Text.Split('\n').Max(line => line.Length);
                    widths[c] = Math.Max(widths[c], longest + 2);
                }
            }
        }

        // A column wraps when its text is wider than the widest column, or holds several lines.
        var wrap = widths.Select((w, c) => w > MaxWidth || sheet.Rows.Any(r => r[c] is { Kind: CellKind.Text } cell && cell.Text.Contains('\n', StringComparison.Ordinal))).ToArray();
        var columns = new Columns();
        for (var c = 0; c < widths.Length; c++)
        {
            columns.Append(new DocumentFormat.OpenXml.Spreadsheet.Column
            {
                Min = (uint)(c + 1),
                Max = (uint)(c + 1),
                Width = Math.Min(widths[c], MaxWidth),
                CustomWidth = true,
            });
        }

        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            header.Append(TextCell(Column(c) + "1", sheet.Columns[c].Name, strings, HeaderStyle));
        }

        data.Append(header);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var rowNumber = (r + 2).ToString(CultureInfo.InvariantCulture);
            var values = sheet.Rows[r];
            var row = new Row { RowIndex = (uint)(r + 2), Height = RowHeight(values, widths, wrap), CustomHeight = true };
            for (var c = 0; c < values.Length; c++)
            {
                if (values[c] is not { } value)
                {
                    continue;
                }

                var reference = Column(c) + rowNumber;
                row.Append(value.Kind switch
                {
                    CellKind.Number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(value.Text), StyleIndex = TopStyle },
                    CellKind.Date => new Cell
                    {
                        CellReference = reference,
                        CellValue = new CellValue(NodaTime.Period.Between(SerialZero, value.Day, NodaTime.PeriodUnits.Days).Days.ToString(CultureInfo.InvariantCulture)),
                        StyleIndex = DateStyle,
                    },
                    _ => TextCell(reference, value.Text, strings, wrap[c] ? WrappedStyle : TopStyle),
                });
            }

            data.Append(row);
        }

        var view = new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            WorkbookViewId = 0,
            TabSelected = selected ? true : null,
        };
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetDimension { Reference = $"A1:{lastColumn}{lastRow}" },
            new SheetViews(view),
            new SheetFormatProperties { DefaultRowHeight = LineHeight },
            columns,
            data);
        if (sheet.AutoFilter)
        {
            worksheet.Append(new AutoFilter { Reference = $"A1:{lastColumn}{lastRow}" });
        }

        // Landscape, as wide as one page and as many pages long as it takes (fitToHeight 0: no limit).
        worksheet.Append(
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        return worksheet;
    }

    /// <summary>
    /// A row's height in points: <see cref="LineHeight"/> times the lines its longest wrapped cell needs, estimated as the
    /// characters of each of the cell's lines divided by its column's width in characters (rounded up), at most
    /// <see cref="MaxRowHeight"/>. Spreadsheets do not measure rows they read, so a row without a height stays one line high.
    /// </summary>
    internal static double RowHeight(IReadOnlyList<WorkbookCell?> values, IReadOnlyList<int> widths, IReadOnlyList<bool> wrap)
    {
        var lines = 1;
        for (var c = 0; c < values.Count; c++)
        {
            if (wrap[c] && values[c] is { Kind: CellKind.Text } cell)
            {
                var perLine = Math.Max(1, Math.Min(widths[c], MaxWidth) - 2); // the column's padding holds no text
                lines = Math.Max(lines, cell.Text.Split('\n').Sum(line => Math.Max(1, (line.Length + perLine - 1) / perLine)));
            }
        }

        return Math.Min(lines * LineHeight, MaxRowHeight);
    }

    private static Cell TextCell(string reference, string text, SharedStrings strings, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.SharedString,
        CellValue = new CellValue(strings.IndexOf(text).ToString(CultureInfo.InvariantCulture)),
        StyleIndex = style,
    };

    /// <summary>The column letters of a 0-based column index: A … Z, AA, ….</summary>
    public static string Column(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static Stylesheet Styles()
    {
        Font Font(bool bold) => bold
            ? new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })
            : new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" });
        Alignment Top(bool wrap = false) => new() { Vertical = VerticalAlignmentValues.Top, WrapText = wrap ? true : null };
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat(Top(wrap: true)) { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true },
                new CellFormat(Top()) { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true, ApplyAlignment = true },
                new CellFormat(Top(wrap: true)) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
                new CellFormat(Top()) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true })
            { Count = 5 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static void CopyWithFixedTimes(MemoryStream package, Stream output)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        // [Content_Types].xml first, as Office writes it; then the parts in a fixed order.
        foreach (var entry in source.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = ZipEntryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    /// <summary>The shared string table, in order of first use.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _strings = [];

        public int IndexOf(string text)
        {
            if (!_index.TryGetValue(text, out var index))
            {
                index = _strings.Count;
                _index.Add(text, index);
                _strings.Add(text);
            }

            return index;
        }

        public SharedStringTable Table() => new(_strings.Select(s => new SharedStringItem(new Text(s)
        {
            Space = s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]) || s.Contains('\n', StringComparison.Ordinal)) ? SpaceProcessingModeValues.Preserve : null,
        })))
        {
            Count = (uint)_strings.Count,
            UniqueCount = (uint)_strings.Count,
        };
    }
}
