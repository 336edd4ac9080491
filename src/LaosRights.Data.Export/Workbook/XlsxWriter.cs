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
/// never a formula; each sheet's header row frozen and bold, an autofilter over the table, column widths from the
/// content, long text wrapped.
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
    private static readonly DateTimeOffset ZipEntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly NodaTime.LocalDate SerialZero = new(1899, 12, 30);

    public static void Write(IReadOnlyList<WorkbookSheet> sheets, Stream output)
    {
        foreach (var sheet in sheets)
        {
            Check(sheet);
        }

        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
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
                definedNames.Append(new DefinedName($"'{sheets[i].Name}'!$A$1:${Column(sheets[i].Columns.Count - 1)}${sheets[i].Rows.Count + 1}")
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = (uint)i,
                    Hidden = true,
                });
            }

            workbookPart.AddNewPart<SharedStringTablePart>("rIdStrings").SharedStringTable = strings.Table();
            workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                sheetList,
                definedNames);
        }

        CopyWithFixedTimes(buffer, output);
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

        var wrap = widths.Select(w => w > MaxWidth).ToArray();
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
            var row = new Row { RowIndex = (uint)(r + 2) };
            var values = sheet.Rows[r];
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
        return new Worksheet(
            new SheetDimension { Reference = $"A1:{lastColumn}{lastRow}" },
            new SheetViews(view),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            columns,
            data,
            new AutoFilter { Reference = $"A1:{lastColumn}{lastRow}" });
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
