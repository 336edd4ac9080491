using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LaosRights.Data.Serialization;

/// <summary>
/// Reads and writes a whole <see cref="LaosRightsDataset"/> as the canonical data file (<c>dataset.json</c>), the
/// format <see cref="DatasetJson.Write(LaosRightsDataset, Stream)"/> writes and
/// <see cref="LaosRightsDataset.Parse(ReadOnlySpan{byte}, DatasetLoadOptions?)"/> reads. Applied to
/// <see cref="LaosRightsDataset"/> by <see cref="JsonConverterAttribute"/>, so <c>JsonSerializer.Serialize(dataset)</c>,
/// ASP.NET Core and <see cref="LaosRightsJsonContext"/> all use it.
/// </summary>
/// <remarks>
/// <para>Writing gives the same properties, in the same order, as <see cref="DatasetJson.Write(LaosRightsDataset, Stream)"/>;
/// only the layout (indents, escaping) follows the writer's options. With <see cref="DatasetJson"/>'s layout (two-space
/// indents, LF, <see cref="System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>) the bytes are the
/// same, without the final line feed.</para>
/// <para>Reading goes through the loader with <see cref="DatasetLoadOptions.Default"/>: every rule of
/// <see cref="LaosRightsDataset.Parse(ReadOnlySpan{byte}, DatasetLoadOptions?)"/> is checked, and a
/// <see cref="DatasetValidationException"/> becomes a <see cref="JsonException"/> whose message lists every problem
/// (their line and column counted from the start of the dataset's JSON value) and whose
/// <see cref="Exception.InnerException"/> is the original. Stateless and thread-safe.</para>
/// </remarks>
public sealed class DatasetJsonConverter : JsonConverter<LaosRightsDataset>
{
    /// <summary>Reads a dataset object through the loader, checking every rule.</summary>
    /// <param name="reader">The reader, at the start of the dataset's JSON object.</param>
    /// <param name="typeToConvert">Ignored (always <see cref="LaosRightsDataset"/>).</param>
    /// <param name="options">Ignored: the format and the limits (<see cref="DatasetLoadOptions.Default"/>) do not depend on options.</param>
    /// <returns>A new dataset.</returns>
    /// <exception cref="JsonException">The value is not a valid dataset; the message lists every problem and
    /// <see cref="Exception.InnerException"/> is the <see cref="DatasetValidationException"/>.</exception>
    public override LaosRightsDataset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a LaosRightsDataset object, found {ModelJson.DescribeToken(reader.TokenType)}.");
        }

        using var document = JsonDocument.ParseValue(ref reader);
        try
        {
            return LaosRightsDataset.Parse(JsonMarshal.GetRawUtf8Value(document.RootElement));
        }
        catch (DatasetValidationException e)
        {
            throw new JsonException("Not a valid LaosRightsDataset: " + string.Join("; ", e.Problems), e);
        }
    }

    /// <summary>Writes the dataset as the canonical data file's JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The dataset.</param>
    /// <param name="options">Ignored: the shape does not depend on options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is <see langword="null"/>.</exception>
    public override void Write(Utf8JsonWriter writer, LaosRightsDataset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, DatasetDocumentBuilder.Build(value), DatasetJsonContext.Default.DatasetDocument);
    }
}
