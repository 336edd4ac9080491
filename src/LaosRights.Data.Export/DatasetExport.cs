using System.Text;
using Sylvan.Data.Csv;

namespace LaosRights.Data;

/// <summary>
/// Writes a dataset (the whole of <see cref="LaosRightsDataset.Default"/>, a loaded file, or a
/// <see cref="DatasetSubset.Subset(LaosRightsDataset, IEnumerable{DatasetRecord})"/>) for use outside .NET:
/// CSV tables and a Frictionless Data Package describing them. Canonical JSON, the format the library reads, is
/// written by <see cref="DatasetJson"/> in the LaosRights.Data package.
/// </summary>
/// <remarks>
/// Everything written is UTF-8 without a byte order mark and does not depend on the culture, the clock or the machine:
/// the same dataset always gives the same bytes.
/// </remarks>
public static class DatasetExport
{
    /// <summary>The file name of the data package descriptor: <c>datapackage.json</c>.</summary>
    public const string DataPackageFileName = "datapackage.json";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Writes one CSV file per table (see docs/exports.md for the list) into <paramref name="directory"/>,
    /// creating it if needed and replacing files of the same names. Files are UTF-8 without a byte order mark, RFC 4180
    /// (comma-separated, CRLF line ends, fields quoted by Sylvan.Data.Csv where needed), with a header row; a missing
    /// value is an empty field.
    /// </summary>
    /// <param name="dataset">The dataset to write.</param>
    /// <param name="directory">The folder to write into.</param>
    /// <returns>The names of the files written, in table order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty or white space.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static IReadOnlyList<string> WriteCsv(LaosRightsDataset dataset, string directory)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        foreach (var table in DatasetTables.Build(dataset))
        {
            WriteCsv(table, Path.Combine(directory, table.FileName));
            files.Add(table.FileName);
        }

        return files.AsReadOnly();
    }

    /// <summary>
    /// Writes a Frictionless Data Package (v2) into <paramref name="directory"/>: the CSV tables of
    /// <see cref="WriteCsv(LaosRightsDataset, string)"/>, the canonical JSON (<see cref="DatasetJson.FileName"/>), its JSON Schema
    /// (<see cref="DatasetJson.SchemaFileName"/>) and the descriptor <see cref="DataPackageFileName"/>, which gives every table's
    /// Table Schema (field types, descriptions, primary key, foreign keys, missing values), the licence (CC BY-SA 4.0)
    /// and the attribution to the source article. The folder is created if needed; files of the same names are replaced.
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
        var files = new List<string>();
        foreach (var table in tables)
        {
            WriteCsv(table, Path.Combine(directory, table.FileName));
            files.Add(table.FileName);
        }

        using (var json = File.Create(Path.Combine(directory, DatasetJson.FileName)))
        {
            DatasetJson.Write(dataset, json);
        }

        files.Add(DatasetJson.FileName);
        File.WriteAllText(Path.Combine(directory, DatasetJson.SchemaFileName), DatasetJson.Schema, Utf8NoBom);
        files.Add(DatasetJson.SchemaFileName);
        using (var descriptor = File.Create(Path.Combine(directory, DataPackageFileName)))
        {
            DataPackageWriter.Write(dataset, tables, descriptor);
        }

        files.Add(DataPackageFileName);
        return files.AsReadOnly();
    }

    private static void WriteCsv(ExportTable table, string path)
    {
        using var file = new StreamWriter(path, append: false, Utf8NoBom);
        using var csv = CsvDataWriter.Create(file, new CsvDataWriterOptions
        {
            Delimiter = ',',
            Quote = '"',
            Escape = '"',
            NewLine = "\r\n",
            WriteHeaders = true,
            Culture = System.Globalization.CultureInfo.InvariantCulture,
        });
        using var reader = new ExportTableReader(table);
        csv.Write(reader);
    }
}
