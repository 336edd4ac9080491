using System.Text.Json;
using Json.Schema;
using LaosRights.Data.Serialization;

namespace LaosRights.Data.Tests.Serialization;

/// <summary>Shared helpers of the JSON tests: the shipped JSON, the schema (built once per process), writing and validating.</summary>
internal static class JsonTestSupport
{
    public static readonly LaosRightsDataset Whole = LaosRightsDataset.Default;

    private static readonly Lazy<JsonSchema> LazySchema = new(() => JsonSchema.FromText(DatasetJson.Schema));

    public static JsonSchema Schema => LazySchema.Value;

    public static byte[] ShippedJson => EmbeddedData.ReadResource(EmbeddedData.DatasetResourceName);

    public static byte[] ToJson(LaosRightsDataset dataset)
    {
        using var stream = new MemoryStream();
        DatasetJson.Write(dataset, stream);
        return stream.ToArray();
    }

    public static EvaluationResults Validate(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    public static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));
}
