using System.Text.Json;

namespace LaosRights.Data;

/// <summary>Writes <c>datapackage.json</c>, a Frictionless Data Package v2 descriptor, with <see cref="Utf8JsonWriter"/> (no reflection).</summary>
internal static class DataPackageWriter
{
    public const string PackageName = "laos-rights-data";

    public static void Write(LaosRightsDataset dataset, IReadOnlyList<ExportTable> tables, Stream stream)
    {
        var article = dataset.Article;
        using (var w = new Utf8JsonWriter(stream, DatasetJson.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://datapackage.org/profiles/2.0/datapackage.json");
            w.WriteString("name", PackageName);
            w.WriteString("title", $"{article.Title}: events, cases, figures, claims and their evidence");
            w.WriteString(
                "description",
                $"Every event, case, figure, score, ranking, actor, place, source, attributed claim and quotation of the encyclopedia article \"{article.Title}\", " +
                "each with the verbatim quotes of the article that prove it (table evidence). Dates keep the article's precision (EDTF text plus earliest and latest day); " +
                "quantities keep their bounds; claims keep who makes them and how the article stands behind them. " +
                $"dataset.json holds the same data in the LaosRights.Data format, described by dataset.schema.json. Article text SHA-256: {article.Sha256}. " +
                article.Attribution);
            w.WriteString("version", dataset.DataVersion);
            w.WriteStartArray("keywords");
            foreach (var keyword in new[] { "human rights", "Laos", "Hmong", "ICCPR", "events", "claims" })
            {
                w.WriteStringValue(keyword);
            }

            w.WriteEndArray();
            w.WriteStartArray("licenses");
            w.WriteStartObject();
            w.WriteString("name", "CC-BY-SA-4.0");
            w.WriteString("path", article.LicenseUrl.OriginalString);
            w.WriteString("title", "Creative Commons Attribution-ShareAlike 4.0 International (" + article.License + ")");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("sources");
            w.WriteStartObject();
            w.WriteString("title", $"\"{article.Title}\", English Wikipedia");
            w.WriteString("path", article.SourceUrl.OriginalString);
            w.WriteString("description", article.Attribution);
            w.WriteEndObject();
            w.WriteEndArray();

            w.WriteStartArray("resources");
            foreach (var table in tables)
            {
                WriteTable(w, table);
            }

            w.WriteStartObject();
            w.WriteString("name", "dataset");
            w.WriteString("path", DatasetJson.FileName);
            w.WriteString("format", "json");
            w.WriteString("mediatype", "application/json");
            w.WriteString("encoding", "utf-8");
            w.WriteString("description", "The same records in the JSON format that LaosRights.Data reads (LaosRightsDataset.Load), valid against the JSON Schema " + DatasetJson.SchemaFileName + ".");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        stream.Flush();
    }

    private static void WriteTable(Utf8JsonWriter w, ExportTable table)
    {
        w.WriteStartObject();
        w.WriteString("name", table.Name);
        w.WriteString("type", "table");
        w.WriteString("path", table.FileName);
        w.WriteString("format", "csv");
        w.WriteString("mediatype", "text/csv");
        w.WriteString("encoding", "utf-8");
        w.WriteString("description", table.Description);
        w.WriteStartObject("dialect");
        w.WriteBoolean("header", true);
        w.WriteString("delimiter", ",");
        w.WriteString("lineTerminator", "\r\n");
        w.WriteString("quoteChar", "\"");
        w.WriteBoolean("doubleQuote", true);
        w.WriteEndObject();

        w.WriteStartObject("schema");
        w.WriteStartArray("fields");
        for (var column = 0; column < table.Fields.Count; column++)
        {
            w.WriteStartObject();
            var field = table.Fields[column];
            var (type, description) = ReadableType(table, column);
            w.WriteString("name", field.Name);
            w.WriteString("type", type);
            w.WriteString("description", description);
            if (field.Required || field.Enum is not null)
            {
                w.WriteStartObject("constraints");
                if (field.Required)
                {
                    w.WriteBoolean("required", true);
                }

                if (field.Enum is not null)
                {
                    w.WriteStartArray("enum");
                    foreach (var value in field.Enum)
                    {
                        w.WriteStringValue(value);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("missingValues");
        w.WriteStringValue("");
        w.WriteEndArray();
        w.WriteStartArray("primaryKey");
        foreach (var key in table.PrimaryKey)
        {
            w.WriteStringValue(key);
        }

        w.WriteEndArray();
        if (table.ForeignKeys.Count > 0)
        {
            w.WriteStartArray("foreignKeys");
            foreach (var fk in table.ForeignKeys)
            {
                w.WriteStartObject();
                WriteStrings(w, "fields", fk.Fields);
                w.WriteStartObject("reference");
                if (fk.Resource is not null)
                {
                    w.WriteString("resource", fk.Resource);
                }

                WriteStrings(w, "fields", fk.ReferencedFields);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// The Table Schema type of a column, as its readers can read it: a <c>date</c> column holding a day of year 0
    /// (a valid <see cref="PartialDate"/>: EDTF and ISO 8601 number 1 BCE as year 0) is declared a <c>string</c> of ISO
    /// 8601 dates instead, because Python's <c>datetime</c> (and so frictionless-py and pandas) starts at year 1 and
    /// would reject the whole table. Every other column keeps its type.
    /// </summary>
    internal static (string Type, string Description) ReadableType(ExportTable table, int column)
    {
        var field = table.Fields[column];
        if (field.Type != "date" || !table.Rows.Any(row => row[column] is { } value && value.StartsWith("0000-", StringComparison.Ordinal)))
        {
            return (field.Type, field.Description);
        }

        return ("string", field.Description + " An ISO 8601 date (YYYY-MM-DD), typed as text here because a value is in year 0, which Python's datetime cannot read.");
    }
}
