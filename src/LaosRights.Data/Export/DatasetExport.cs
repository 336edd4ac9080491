using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LaosRights.Data.Serialization;
using Sylvan.Data.Csv;

namespace LaosRights.Data;

/// <summary>
/// Writes a dataset (the whole of <see cref="LaosRightsDataset.Default"/>, a loaded file, or a
/// <see cref="DatasetSubset.Subset(LaosRightsDataset, IEnumerable{DatasetRecord})"/>) for use outside .NET:
/// canonical JSON in the format the library reads, CSV tables, and a Frictionless Data Package describing them.
/// </summary>
/// <remarks>
/// Everything written is UTF-8 without a byte order mark and does not depend on the culture, the clock or the machine:
/// the same dataset always gives the same bytes.
/// </remarks>
public static class DatasetExport
{
    /// <summary>The file name of the canonical JSON in a data package folder: <c>dataset.json</c>.</summary>
    public const string JsonFileName = "dataset.json";

    /// <summary>The file name of the JSON Schema in a data package folder: <c>dataset.schema.json</c>.</summary>
    public const string JsonSchemaFileName = "dataset.schema.json";

    /// <summary>The file name of the data package descriptor: <c>datapackage.json</c>.</summary>
    public const string DataPackageFileName = "datapackage.json";

    /// <summary>The name of the embedded JSON Schema resource in this assembly.</summary>
    internal const string JsonSchemaResourceName = "LaosRights.Data.dataset.schema.json";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<string> LazyJsonSchema = new(
        () => Utf8NoBom.GetString(EmbeddedData.ReadResource(JsonSchemaResourceName)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The JSON Schema (draft 2020-12) of the data file format that <see cref="WriteJson(LaosRightsDataset, Stream)"/> writes
    /// and <see cref="LaosRightsDataset.Load(Stream, DatasetLoadOptions?)"/> reads. It is embedded in this assembly
    /// (and so in the package) and is also in the repository as <c>src/LaosRights.Data/Data/dataset.schema.json</c>.
    /// </summary>
    /// <remarks>
    /// The schema checks the shape: required fields, vocabularies, id and date patterns, no unknown properties. The
    /// loader checks more than a schema can say (every reference resolves, every quote is at its position in the
    /// article, figures' bounds agree with their values), so a file can pass the schema and still be rejected.
    /// </remarks>
    public static string JsonSchema => LazyJsonSchema.Value;

    /// <summary>
    /// Writes <paramref name="dataset"/> as canonical JSON: the format of the embedded data file, pretty-printed with
    /// two-space indents and LF line ends, ids first and evidence last in each record, empty lists and absent values
    /// left out, dates as EDTF text. Loading what is written gives an equal dataset.
    /// </summary>
    /// <remarks>
    /// A dataset about the embedded article names it by its SHA-256; a dataset loaded with its own article text
    /// carries that text in <c>article.text</c>.
    /// </remarks>
    /// <param name="dataset">The dataset to write.</param>
    /// <param name="utf8Json">Where to write UTF-8 JSON; it is flushed, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">Writing to the stream failed.</exception>
    public static void WriteJson(LaosRightsDataset dataset, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(utf8Json);
        var document = DatasetDocumentBuilder.Build(dataset);
        using (var writer = new Utf8JsonWriter(utf8Json, JsonWriterOptions))
        {
            JsonSerializer.Serialize(writer, document, DatasetJsonContext.Default.DatasetDocument);
        }

        utf8Json.WriteByte((byte)'\n');
        utf8Json.Flush();
    }

    /// <summary>
    /// Writes one CSV file per table (see the README's "Exports" section for the list) into <paramref name="directory"/>,
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
    /// <see cref="WriteCsv(LaosRightsDataset, string)"/>, the canonical JSON (<see cref="JsonFileName"/>), its JSON Schema
    /// (<see cref="JsonSchemaFileName"/>) and the descriptor <see cref="DataPackageFileName"/>, which gives every table's
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

        using (var json = File.Create(Path.Combine(directory, JsonFileName)))
        {
            WriteJson(dataset, json);
        }

        files.Add(JsonFileName);
        File.WriteAllText(Path.Combine(directory, JsonSchemaFileName), JsonSchema, Utf8NoBom);
        files.Add(JsonSchemaFileName);
        using (var descriptor = File.Create(Path.Combine(directory, DataPackageFileName)))
        {
            DataPackageWriter.Write(dataset, tables, descriptor, JsonWriterOptions);
        }

        files.Add(DataPackageFileName);
        return files.AsReadOnly();
    }

    private static JsonWriterOptions JsonWriterOptions => new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Keep non-ASCII letters and quotation marks readable, as in the shipped file; JSON stays valid.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

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
