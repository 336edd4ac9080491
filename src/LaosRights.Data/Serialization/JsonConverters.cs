using System.Text.Json;
using System.Text.Json.Serialization;

namespace LaosRights.Data.Serialization;

/// <summary>
/// Reads and writes a <see cref="PartialDate"/> as its EDTF string (<c>"2009-09-25"</c>, <c>"199X"</c>), the form it
/// has in the data file. Applied to <see cref="PartialDate"/> by <see cref="JsonConverterAttribute"/>, so default
/// <see cref="JsonSerializerOptions"/> use it; you never need to add it yourself.
/// </summary>
/// <remarks>
/// Reading accepts exactly what <see cref="PartialDate.Parse(string)"/> accepts; anything else (another token type,
/// an unsupported or invalid date) throws <see cref="JsonException"/> and never yields a value. The converter also
/// reads and writes property names, so the type can be a dictionary key. It is stateless and thread-safe.
/// </remarks>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    /// <summary>Reads an EDTF date string.</summary>
    /// <param name="reader">The reader, at a string token.</param>
    /// <param name="typeToConvert">Ignored (always <see cref="PartialDate"/>).</param>
    /// <param name="options">Ignored: the format does not depend on options.</param>
    /// <returns>The date.</returns>
    /// <exception cref="JsonException">The token is not a string, or the string is not a supported EDTF date.</exception>
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ParseDate(ModelJson.ReadStringToken(ref reader, "an EDTF date string"));

    /// <summary>Writes the date as its EDTF string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The date.</param>
    /// <param name="options">Ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <summary>Reads a property name that is an EDTF date.</summary>
    /// <param name="reader">The reader, at a property name.</param>
    /// <param name="typeToConvert">Ignored.</param>
    /// <param name="options">Ignored.</param>
    /// <returns>The date.</returns>
    /// <exception cref="JsonException">The name is not a supported EDTF date.</exception>
    public override PartialDate ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ParseDate(reader.GetString()!);

    /// <summary>Writes the date's EDTF string as a property name.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The date.</param>
    /// <param name="options">Ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString());
    }

    private static PartialDate ParseDate(string text) =>
        PartialDate.TryParseCore(text, 0, text.Length, out var date, out var error)
            ? date
            : throw new JsonException($"Invalid EDTF date '{text}': {error}");
}

/// <summary>
/// Reads and writes a <see cref="PartialDateInterval"/> as its EDTF string (<c>"2004/2005"</c>, <c>"1989/.."</c>),
/// the form it has in the data file. Applied to the type by <see cref="JsonConverterAttribute"/>, so default
/// <see cref="JsonSerializerOptions"/> use it; a <see langword="null"/> <c>PartialDateInterval?</c> is JSON <c>null</c>.
/// </summary>
/// <remarks>
/// Reading accepts exactly what <see cref="PartialDateInterval.Parse(string)"/> accepts; anything else throws
/// <see cref="JsonException"/> and never yields a value. It also reads and writes property names. Stateless and thread-safe.
/// </remarks>
public sealed class PartialDateIntervalJsonConverter : JsonConverter<PartialDateInterval>
{
    /// <summary>Reads an EDTF interval string.</summary>
    /// <param name="reader">The reader, at a string token.</param>
    /// <param name="typeToConvert">Ignored (always <see cref="PartialDateInterval"/>).</param>
    /// <param name="options">Ignored: the format does not depend on options.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="JsonException">The token is not a string, or the string is not a supported EDTF interval.</exception>
    public override PartialDateInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ParseInterval(ModelJson.ReadStringToken(ref reader, "an EDTF date or interval string"));

    /// <summary>Writes the interval as its EDTF string.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The interval.</param>
    /// <param name="options">Ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public override void Write(Utf8JsonWriter writer, PartialDateInterval value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <summary>Reads a property name that is an EDTF interval.</summary>
    /// <param name="reader">The reader, at a property name.</param>
    /// <param name="typeToConvert">Ignored.</param>
    /// <param name="options">Ignored.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="JsonException">The name is not a supported EDTF interval.</exception>
    public override PartialDateInterval ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ParseInterval(reader.GetString()!);

    /// <summary>Writes the interval's EDTF string as a property name.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The interval.</param>
    /// <param name="options">Ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, PartialDateInterval value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString());
    }

    internal static PartialDateInterval ParseInterval(string text) =>
        PartialDateInterval.TryParseCore(text, out var interval, out var error)
            ? interval
            : throw new JsonException($"Invalid EDTF interval '{text}': {error}");
}

/// <summary>
/// Reads and writes a value of one of the dataset's vocabularies (<see cref="Standing"/>, <see cref="Topic"/>,
/// <see cref="ActorRole"/>, …) as its kebab-case name in the data file (<c>"concern-raised"</c>, <c>"freedom-of-religion"</c>).
/// Applied to every vocabulary enum by <see cref="JsonConverterAttribute"/>, so default options use it.
/// </summary>
/// <typeparam name="TEnum">A vocabulary enum of this library.</typeparam>
/// <remarks>
/// Numbers and unknown names are rejected with <see cref="JsonException"/>, which lists the valid names; writing a
/// value that is not a defined member also throws <see cref="JsonException"/>. The names do not follow
/// <see cref="JsonSerializerOptions.PropertyNamingPolicy"/>: they are the data format's. It also reads and writes
/// property names (a vocabulary value as a dictionary key). Stateless and thread-safe.
/// </remarks>
public sealed class VocabularyJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="TEnum"/> is not a vocabulary of this library.</exception>
    public VocabularyJsonConverter() => _ = VocabularyNames.AllNames<TEnum>();

    /// <summary>Reads a kebab-case vocabulary name.</summary>
    /// <param name="reader">The reader, at a string token.</param>
    /// <param name="typeToConvert">Ignored.</param>
    /// <param name="options">Ignored.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The token is not a string, or not one of the vocabulary's names.</exception>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(ModelJson.ReadStringToken(ref reader, $"a {typeof(TEnum).Name} name"));

    /// <summary>Writes the value's kebab-case name.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">Ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException"><paramref name="value"/> is not a defined member.</exception>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Name(value));
    }

    /// <summary>Reads a property name that is a vocabulary name.</summary>
    /// <param name="reader">The reader, at a property name.</param>
    /// <param name="typeToConvert">Ignored.</param>
    /// <param name="options">Ignored.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The name is not one of the vocabulary's names.</exception>
    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString()!);

    /// <summary>Writes the value's kebab-case name as a property name.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">Ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException"><paramref name="value"/> is not a defined member.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Name(value));
    }

    internal static TEnum Parse(string name) =>
        VocabularyNames.TryParse<TEnum>(name, out var value)
            ? value
            : throw new JsonException($"'{name}' is not a {typeof(TEnum).Name}; expected one of: {string.Join(", ", VocabularyNames.AllNames<TEnum>())}.");

    internal static string Name(TEnum value)
    {
        try
        {
            return VocabularyNames.ToName(value);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new JsonException($"{e.ActualValue} is not a defined {typeof(TEnum).Name} value.", e);
        }
    }
}

/// <summary>
/// Reads and writes the dataset's records (<see cref="Event"/>, <see cref="Figure"/>, <see cref="Claim"/>, …; a
/// <see cref="DatasetRecord"/> of any kind is written in the shape of its kind, but cannot be read back without knowing
/// the kind, see <see cref="Read"/>) and
/// their parts (<see cref="Evidence"/>, <see cref="Quantity"/>, <see cref="EventActor"/>, <see cref="EventRelation"/>)
/// in the shape they have in the data file. Applied to each of these types by <see cref="JsonConverterAttribute"/>,
/// so default <see cref="JsonSerializerOptions"/>, ASP.NET Core and <see cref="LaosRightsJsonContext"/> all use it.
/// </summary>
/// <typeparam name="T">One of the model types listed above.</typeparam>
/// <remarks>
/// <para>
/// The shape is the data file's, whatever the options: camel-case property names, dates as EDTF strings, vocabulary
/// values as kebab-case names, records referring to each other by id (as in the file, so a record never drags the
/// dataset along), a figure's quantity flattened into the figure (<c>bound</c>, <c>value</c>, <c>upperValue</c>,
/// <c>unit</c>, <c>wording</c>), absent values and empty lists left out, computed properties
/// (<see cref="DatasetRecord.NarrativePosition"/>, <see cref="Quantity.Minimum"/>, <see cref="Evidence.SectionPath"/>, …)
/// not written. Evidence is <c>{"start", "length", "quote"}</c>; reading it finds its section in the article
/// embedded in this library, and a quote that is not at that position of that article is rejected, so only records
/// about the embedded article can be read back (load data about another text with <see cref="LaosRightsDataset.Parse(string, DatasetLoadOptions?)"/>).
/// </para>
/// <para>
/// Reading is strict, like the data file's reader: unknown or repeated properties, missing required properties,
/// <see langword="null"/> where a value is required, wrong token types, invalid dates or names, and quantities whose
/// numbers contradict their bound all throw <see cref="JsonException"/> naming the property; a wrong value is never
/// returned. A record read back equals the one written (<c>==</c>, with equal hash codes). Stateless and thread-safe.
/// </para>
/// </remarks>
public sealed class ModelJsonConverter<T> : JsonConverter<T>
{
    private static readonly ModelJson.Handler<T>? Handler = ModelJson.HandlerFor<T>();

    /// <summary>Creates the converter.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the model types this converter handles.</exception>
    public ModelJsonConverter() => _ = Handler ?? throw new NotSupportedException($"{typeof(T).Name} is not a model type of LaosRights.Data.");

    /// <summary>Reads the value from its JSON object.</summary>
    /// <param name="reader">The reader, at the start of an object.</param>
    /// <param name="typeToConvert">Ignored.</param>
    /// <param name="options">Ignored: the shape does not depend on options.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The JSON is not a valid value of <typeparamref name="T"/> (see the remarks of the type).</exception>
    /// <exception cref="NotSupportedException">
    /// <typeparamref name="T"/> is <see cref="DatasetRecord"/>: the JSON of a record does not say its kind (in the data file the
    /// array does), so read the concrete type.
    /// </exception>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Handler!.Read(ref reader);

    /// <summary>Writes the value as a JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value; not <see langword="null"/> (the serializer writes <c>null</c> itself).</param>
    /// <param name="options">Ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">A vocabulary value of <paramref name="value"/> is not a defined member.</exception>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        Handler!.Write(writer, value);
    }
}
