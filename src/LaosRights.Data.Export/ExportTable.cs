using System.Globalization;

namespace LaosRights.Data;

/// <summary>A column of an exported table, described the way a Frictionless Table Schema field is.</summary>
/// <param name="Name">The column name (snake_case).</param>
/// <param name="Type">The Table Schema type: <c>string</c>, <c>integer</c>, <c>number</c>, <c>date</c> or <c>year</c>.</param>
/// <param name="Description">What the column holds.</param>
/// <param name="Required">Whether every row has a value.</param>
/// <param name="Enum">The allowed values of a closed vocabulary, or <see langword="null"/>.</param>
internal sealed record ExportField(string Name, string Type, string Description, bool Required = false, IReadOnlyList<string>? Enum = null);

/// <summary>A foreign key: columns of one table whose values are the primary key of another (or the same) table.</summary>
/// <param name="Fields">The columns of this table.</param>
/// <param name="Resource">The referenced table, or <see langword="null"/> for a reference to the same table.</param>
/// <param name="ReferencedFields">The referenced columns.</param>
internal sealed record ExportForeignKey(IReadOnlyList<string> Fields, string? Resource, IReadOnlyList<string> ReferencedFields);

/// <summary>
/// One exported table: its schema (fields, primary key, foreign keys) and its rows as invariant-culture text,
/// <see langword="null"/> for a missing value. The CSV writer and the data package descriptor both read it, so the
/// files and their description cannot drift apart.
/// </summary>
internal sealed class ExportTable(string name, string description, params string[] primaryKey)
{
    private readonly List<ExportField> _fields = [];
    private readonly List<ExportForeignKey> _foreignKeys = [];
    private readonly List<string?[]> _rows = [];

    public string Name { get; } = name;

    public string Description { get; } = description;

    public IReadOnlyList<string> PrimaryKey { get; } = primaryKey;

    public IReadOnlyList<ExportField> Fields => _fields;

    public IReadOnlyList<ExportForeignKey> ForeignKeys => _foreignKeys;

    public IReadOnlyList<string?[]> Rows => _rows;

    public string FileName => Name + ".csv";

    public ExportTable Field(string name, string type, string description, bool required = false, IReadOnlyList<string>? values = null, string? references = null)
    {
        _fields.Add(new ExportField(name, type, description, required, values));
        if (references is not null)
        {
            _foreignKeys.Add(new ExportForeignKey([name], references == Name ? null : references, ["id"]));
        }

        return this;
    }

    public ExportTable AddForeignKey(string field, string resource)
    {
        _foreignKeys.Add(new ExportForeignKey([field], resource == Name ? null : resource, ["id"]));
        return this;
    }

    public ExportTable Vocabulary<TEnum>(string name, string description, bool required = true)
        where TEnum : struct, Enum =>
        Field(name, "string", description, required, Names<TEnum>());

    /// <summary>Adds the four columns of a partial date: the EDTF text, the earliest and latest day, and the precision.</summary>
    public ExportTable Date(string name, string what) => this
        .Field(name, "string", $"{what}, as EDTF (ISO 8601-2): a day, month, year, decade (199X) or century (18XX), a span (2004/2005) or an interval open at one end (1989/.., ../2009-10); empty when the article gives none.")
        .Field(name + "_earliest", "date", $"The earliest day that {name} can mean; empty when {name} is open at its start or empty.")
        .Field(name + "_latest", "date", $"The latest day that {name} can mean; empty when {name} is open at its end or empty.")
        .Field(name + "_precision", "string", $"How precisely {name} is known: the precision of the date, or of the known side(s) of an interval; 'mixed' when the two sides differ.", values: [.. Names<DatePrecision>(), "mixed"]);

    public ExportTable Row(params string?[] values)
    {
        if (values.Length != _fields.Count)
        {
            throw new InvalidOperationException($"Table '{Name}' has {_fields.Count} columns but a row has {values.Length} values.");
        }

        _rows.Add(values);
        return this;
    }

    public static string[] Names<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(Serialization.VocabularyNames.ToName)];

    public static string? Text<TEnum>(TEnum value)
        where TEnum : struct, Enum => Serialization.VocabularyNames.ToName(value);

    public static string? Text(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string?[] DateValues(PartialDateInterval? date)
    {
        if (date is not { } d)
        {
            return [null, null, null, null];
        }

        var precisions = new[] { d.Start, d.End }.OfType<PartialDate>().Select(p => p.Precision).Distinct().ToArray();
        return
        [
            d.ToString(),
            d.Earliest?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            d.Latest?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            precisions.Length == 1 ? Text(precisions[0]) : "mixed",
        ];
    }
}
