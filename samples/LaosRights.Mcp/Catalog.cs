using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LaosRights.Data;
using ModelContextProtocol.Protocol;

namespace LaosRights.Mcp;

/// <summary>The dataset with everything the tools read from it, built once per process (immutable, shared by every call).</summary>
internal sealed class Catalog
{
    public Catalog(LaosRightsDataset data)
    {
        Data = data;
        Views = new RecordViews(data);
        Links = new Links(Views);
        var article = data.Article;
        Attribution = $"{article.Attribution} Source: {article.SourceUrl} . Licence: {article.License}, {article.LicenseUrl} . Data version {data.DataVersion}.";
    }

    public LaosRightsDataset Data { get; }

    public RecordViews Views { get; }

    public Links Links { get; }

    /// <summary>The attribution every result carries: CC BY-SA 4.0, the English Wikipedia article, its address.</summary>
    public string Attribution { get; }
}

/// <summary>The JSON options of the tools' structured results and of the output schemas generated from their types.</summary>
internal static class Json
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        RespectNullableAnnotations = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>A tool result: the structured content (matching the tool's output schema) and its short text form.</summary>
    public static CallToolResult Result<T>(T structured, StringBuilder text) => new()
    {
        Content = [new TextContentBlock { Text = text.ToString().TrimEnd() }],
        StructuredContent = JsonSerializer.SerializeToElement(structured, Options),
    };
}
