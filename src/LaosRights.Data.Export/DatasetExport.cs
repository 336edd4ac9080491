using System.Text;
using LaosRights.Data.Workbook;
using Sylvan.Data.Csv;

namespace LaosRights.Data;

/// <summary>
/// Writes a dataset (the whole of <see cref="LaosRightsDataset.Default"/>, a loaded file, or a
/// <see cref="DatasetSubset.Subset(LaosRightsDataset, IEnumerable{DatasetRecord})"/>) for use outside .NET:
/// CSV tables, a Frictionless Data Package describing them, and a spreadsheet workbook. Canonical JSON, the format the library reads, is
/// written by <see cref="DatasetJson"/> in the LaosRights.Data package.
/// </summary>
/// <remarks>
/// Text files are UTF-8, without a byte order mark unless <see cref="CsvOptions.ByteOrderMark"/> asks for one. Nothing
/// written depends on the culture, the clock or the machine: the same dataset always gives the same bytes.
/// </remarks>
public static class DatasetExport
{
    /// <summary>The file name of the data package descriptor: <c>datapackage.json</c>.</summary>
    public const string DataPackageFileName = "datapackage.json";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    /// <summary>
    /// Writes one CSV file per table (see docs/exports.md for the list) into <paramref name="directory"/>,
    /// creating it if needed and replacing files of the same names. By default (<see cref="CsvOptions.Default"/>) files
    /// are UTF-8 without a byte order mark, RFC 4180 (comma-separated, CRLF line ends, fields quoted by Sylvan.Data.Csv
    /// where needed), with a header row; a missing value is an empty field. <see cref="CsvOptions.ForSpreadsheets"/>
    /// adds a byte order mark and OWASP's neutralisation of values that a spreadsheet would run as formulas. A cell may be of any length (the writer's buffer is sized for the largest record). Every
    /// file is written under a temporary name first and named only when all are written, so a failure leaves the
    /// folder's previous files as they were.
    /// </summary>
    /// <param name="dataset">The dataset to write.</param>
    /// <param name="directory">The folder to write into.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="CsvOptions.Default"/>.</param>
    /// <returns>The names of the files written, in table order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty or white space.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static IReadOnlyList<string> WriteCsv(LaosRightsDataset dataset, string directory, CsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options ??= CsvOptions.Default;
        Directory.CreateDirectory(directory);
        return WriteFiles(directory, [.. DatasetTables.Build(dataset).Select(table => (table.FileName, (Action<Stream>)(stream => WriteCsv(table, stream, options))))]);
    }

    /// <summary>
    /// Writes <paramref name="dataset"/> as a spreadsheet workbook (.xlsx, Office Open XML) for Excel, LibreOffice and
    /// Google Sheets. The first sheet, <c>Chronology</c>, has one row per entry of
    /// <see cref="ChronologyQueries.Chronology(LaosRightsDataset)"/> (every event, dated or not, and every dated source,
    /// claim, quotation, figure, score and ranking, in time order) with everything a reader needs on the row: the date
    /// as the data gives it (EDTF text such as <c>1999-10</c>), the date in words, the earliest and latest day as date
    /// cells, what the date means and how the row was placed, the kind, summary, standing, claimants, actors with their
    /// roles, places, topics, the figures attached, the quote and its section.
    /// Then one sheet per record kind and one for the evidence, with the columns of the CSV tables, and an <c>About</c>
    /// sheet: title, licence (CC BY-SA 4.0) and attribution, data version, and a description of every column.
    /// </summary>
    /// <remarks>
    /// Numbers are number cells, full days are date cells (<c>yyyy-mm-dd</c>), everything else, partial dates included,
    /// is a text cell; no cell holds a formula, whatever its text begins with. A day before 1 March 1900, which
    /// spreadsheets cannot hold as a date, is ISO text. Each sheet's header row is frozen, with an autofilter, column
    /// widths fitted to the content, and long text wrapped. Written with the Open XML SDK (DocumentFormat.OpenXml);
    /// the same dataset always gives the same bytes. The workbook is built in memory and written to
    /// <paramref name="stream"/> only when complete.
    /// </remarks>
    /// <param name="dataset">The dataset to write.</param>
    /// <param name="stream">Where to write the workbook; it is flushed, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is longer than a workbook cell can hold (32,767 characters) or holds a
    /// control character that XML cannot carry (possible only in a dataset loaded from a file); nothing is written.</exception>
    /// <exception cref="IOException">Writing to the stream failed.</exception>
    public static void WriteXlsx(LaosRightsDataset dataset, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(stream);
        XlsxWriter.Write(DatasetWorkbook.Build(dataset), stream, DatasetWorkbook.Properties(dataset));
        stream.Flush();
    }

    /// <summary>
    /// Writes a Frictionless Data Package (v2) into <paramref name="directory"/>: the CSV tables of
    /// <see cref="WriteCsv(LaosRightsDataset, string, CsvOptions?)"/>, the canonical JSON (<see cref="DatasetJson.FileName"/>), its JSON Schema
    /// (<see cref="DatasetJson.SchemaFileName"/>) and the descriptor <see cref="DataPackageFileName"/>, which gives every table's
    /// Table Schema (field types, descriptions, primary key, foreign keys, missing values), the licence (CC BY-SA 4.0)
    /// and the attribution to the source article. The folder is created if needed; files of the same names are replaced.
    /// Every file is written under a temporary name first; the previous descriptor is removed and the files are named
    /// only when all are written, the descriptor last, so a failed write (a full disk, a permission) never leaves a
    /// folder that looks like a complete package. A <c>date</c> column holding a day of year 0 is typed <c>string</c>
    /// (ISO 8601 text), because Python's <c>datetime</c>, which frictionless-py and pandas use, starts at year 1.
    /// </summary>
    /// <param name="dataset">The dataset to write.</param>
    /// <param name="directory">The folder to write into.</param>
    /// <returns>The names of the files written; the descriptor is last.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty or white space.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static IReadOnlyList<string> WriteDataPackage(LaosRightsDataset dataset, string directory)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var tables = DatasetTables.Build(dataset);
        return WriteFiles(directory,
        [
            .. tables.Select(table => (table.FileName, (Action<Stream>)(stream => WriteCsv(table, stream, CsvOptions.Default)))),
            (DatasetJson.FileName, stream => DatasetJson.Write(dataset, stream)),
            (DatasetJson.SchemaFileName, stream => stream.Write(Utf8NoBom.GetBytes(DatasetJson.Schema))),
            (DataPackageFileName, stream => DataPackageWriter.Write(dataset, tables, stream)), // last: it says the package is complete
        ]);
    }

    /// <summary>
    /// Writes every file under a temporary name in <paramref name="directory"/> and gives them their names only when
    /// all are written, the last file last, so that a failure (a full disk, a permission) leaves the folder as it was
    /// apart from the previous version of the last file, which is removed first: nothing looks complete that is not.
    /// </summary>
    /// <returns>The names of the files, in order.</returns>
    private static System.Collections.ObjectModel.ReadOnlyCollection<string> WriteFiles(string directory, (string Name, Action<Stream> Write)[] files)
    {
        var temporary = files.Select(f => Path.Combine(directory, $".{f.Name}.{Guid.NewGuid():N}.partial")).ToArray();
        try
        {
            for (var i = 0; i < files.Length; i++)
            {
                using var stream = new FileStream(temporary[i], FileMode.CreateNew, FileAccess.Write);
                files[i].Write(stream);
            }

            File.Delete(Path.Combine(directory, files[^1].Name));
            for (var i = 0; i < files.Length; i++)
            {
                File.Move(temporary[i], Path.Combine(directory, files[i].Name), overwrite: true);
            }
        }
        finally
        {
            foreach (var path in temporary)
            {
                try
                {
                    File.Delete(path); // nothing to delete once moved
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The write already failed or succeeded; a leftover hidden .partial file is all that remains.
                }
            }
        }

        return Array.AsReadOnly(files.Select(f => f.Name).ToArray());
    }

    private static void WriteCsv(ExportTable table, Stream stream, CsvOptions options)
    {
        using var file = new StreamWriter(stream, options.ByteOrderMark ? Utf8WithBom : Utf8NoBom);
        using var csv = CsvDataWriter.Create(file, new CsvDataWriterOptions
        {
            Delimiter = ',',
            Quote = '"',
            Escape = '"',
            NewLine = "\r\n",
            WriteHeaders = true,
            Culture = System.Globalization.CultureInfo.InvariantCulture,
            MaxBufferSize = LargestRecord(table),
        });
        using var reader = new ExportTableReader(table, options.NeutralizeFormulas ? CsvOptions.Neutralize : null);
        csv.Write(reader);
    }

    /// <summary>
    /// Room for the table's largest record as Sylvan.Data.Csv writes it (every character of a field doubled by quoting
    /// at worst, two quotes and a delimiter per field, the line end): a record larger than the writer's buffer is
    /// otherwise a <c>CsvRecordTooLargeException</c>, and a valid dataset can hold a summary of any length. The buffer
    /// grows to this only when a record needs it; never less than 64 Ki characters.
    /// </summary>
    private static int LargestRecord(ExportTable table)
    {
        long Size(IEnumerable<string?> fields) => fields.Sum(f => (2L * ((f?.Length ?? 0) + 1)) + 3) + 2; // + 1: a neutralising quote
        var largest = Math.Max(Size(table.Fields.Select(f => f.Name)), table.Rows.Count == 0 ? 0 : table.Rows.Max(Size));
        return (int)Math.Clamp(largest, 64 * 1024, Array.MaxLength);
    }
}
