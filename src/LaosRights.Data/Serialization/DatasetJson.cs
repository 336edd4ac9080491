using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LaosRights.Data.Serialization;

namespace LaosRights.Data;

/// <summary>
/// Writes a dataset (the whole of <see cref="LaosRightsDataset.Default"/>, a loaded file, or a
/// <see cref="DatasetSubset.Subset(LaosRightsDataset, IEnumerable{DatasetRecord})"/>) as canonical JSON, the format
/// <see cref="LaosRightsDataset.Load(Stream, DatasetLoadOptions?)"/> reads, and gives that format's JSON Schema.
/// CSV tables, the Frictionless Data Package and the spreadsheet workbook are in the LaosRights.Data.Export package.
/// </summary>
/// <remarks>
/// What is written is UTF-8 without a byte order mark and does not depend on the culture, the clock or the machine:
/// the same dataset always gives the same bytes.
/// </remarks>
public static class DatasetJson
{
    /// <summary>The usual file name of the canonical JSON, as in a data package folder: <c>dataset.json</c>.</summary>
    public const string FileName = "dataset.json";

    /// <summary>The usual file name of the JSON Schema, as in a data package folder: <c>dataset.schema.json</c>.</summary>
    public const string SchemaFileName = "dataset.schema.json";

    /// <summary>The name of the embedded JSON Schema resource in this assembly.</summary>
    internal const string SchemaResourceName = "LaosRights.Data.dataset.schema.json";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<string> LazySchema = new(
        () => Utf8NoBom.GetString(EmbeddedData.ReadResource(SchemaResourceName)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The JSON Schema (draft 2020-12) of the data file format that <see cref="Write(LaosRightsDataset, Stream)"/> writes
    /// and <see cref="LaosRightsDataset.Load(Stream, DatasetLoadOptions?)"/> reads. It is embedded in this assembly
    /// (and so in the package) and is also in the repository as <c>src/LaosRights.Data/Data/dataset.schema.json</c>.
    /// </summary>
    /// <remarks>
    /// The schema checks the shape: required fields, vocabularies, id and date patterns, no unknown properties. The
    /// loader checks more than a schema can say (every reference resolves, every quote is at its position in the
    /// article, figures' bounds agree with their values), so a file can pass the schema and still be rejected.
    /// </remarks>
    public static string Schema => LazySchema.Value;

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
    public static void Write(LaosRightsDataset dataset, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(utf8Json);
        var document = DatasetDocumentBuilder.Build(dataset);
        using (var writer = new Utf8JsonWriter(utf8Json, WriterOptions))
        {
            JsonSerializer.Serialize(writer, document, DatasetJsonContext.Default.DatasetDocument);
        }

        utf8Json.WriteByte((byte)'\n');
        utf8Json.Flush();
    }

    /// <summary>
    /// The writer options of the canonical form: two-space indents, LF line ends, non-ASCII letters and quotation
    /// marks kept readable (the JSON stays valid).
    /// </summary>
    internal static JsonWriterOptions WriterOptions => new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
