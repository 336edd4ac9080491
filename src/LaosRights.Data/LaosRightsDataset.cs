using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using LaosRights.Data.Serialization;

namespace LaosRights.Data;

/// <summary>
/// The dataset: every event, case, figure, actor, place, source and attributed claim of the article
/// <em>Human rights in Laos</em>, as immutable, cited records.
/// </summary>
/// <remarks>
/// <para>Start with <see cref="Default"/>, the data embedded in this assembly. It is parsed once, on first use,
/// and is safe to share between threads: nothing in it can be changed.</para>
/// <para>System.Text.Json reads and writes a dataset as the canonical data file (see <see cref="DatasetJsonConverter"/>).</para>
/// <para>Ids are unique across all record kinds: <see cref="GetRecord(string)"/> finds a record of any kind.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[System.Text.Json.Serialization.JsonConverter(typeof(DatasetJsonConverter))]
public sealed class LaosRightsDataset
{
    private readonly Dictionary<string, DatasetRecord> _records;

    internal LaosRightsDataset(
        int schemaVersion,
        string dataVersion,
        Article article,
        Actor[] actors,
        Place[] places,
        Source[] sources,
        Event[] events,
        Case[] cases,
        Figure[] figures,
        Score[] scores,
        Ranking[] rankings,
        Claim[] claims,
        Quotation[] quotations)
    {
        SchemaVersion = schemaVersion;
        DataVersion = dataVersion;
        Article = article;
        var all = new List<DatasetRecord>();
        all.AddRange(actors);
        all.AddRange(places);
        all.AddRange(sources);
        all.AddRange(events);
        all.AddRange(cases);
        all.AddRange(figures);
        all.AddRange(scores);
        all.AddRange(rankings);
        all.AddRange(claims);
        all.AddRange(quotations);
        AllRecords = all.AsReadOnly();
        _records = new Dictionary<string, DatasetRecord>(all.Count, StringComparer.Ordinal);
        foreach (var record in all)
        {
            _records.Add(record.Id, record);
        }

        Actors = new(actors, _records);
        Places = new(places, _records);
        Sources = new(sources, _records);
        Events = new(events, _records);
        Cases = new(cases, _records);
        Figures = new(figures, _records);
        Scores = new(scores, _records);
        Rankings = new(rankings, _records);
        Claims = new(claims, _records);
        Quotations = new(quotations, _records);
    }

    /// <summary>
    /// The dataset embedded in this assembly. Loaded lazily on first access, once per process, thread-safe;
    /// every access returns the same instance.
    /// </summary>
    /// <exception cref="DatasetValidationException">The embedded data is invalid (only possible with a broken build; the tests load it).</exception>
    public static LaosRightsDataset Default => LazyDefault.Value;

    /// <summary>
    /// Loads a dataset from UTF-8 JSON in the format of the embedded data (a corrected or extended copy, or a newer data version).
    /// The file either carries its own article text (<c>article.text</c>) or names the embedded article by its SHA-256;
    /// every evidence quote is checked against that text, and every other rule of the model is checked too.
    /// </summary>
    /// <param name="utf8Json">The stream to read to its end; it is not closed.</param>
    /// <param name="options">Limits on size and nesting; <see langword="null"/> for <see cref="DatasetLoadOptions.Default"/>.</param>
    /// <returns>A new dataset, independent of <see cref="Default"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DatasetValidationException">The input is too large, too deep, not JSON, not this format, or breaks a rule; <see cref="DatasetValidationException.Problems"/> lists every problem found.</exception>
    public static LaosRightsDataset Load(Stream utf8Json, DatasetLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return DatasetLoader.Load(utf8Json, options ?? DatasetLoadOptions.Default);
    }

    /// <summary>Loads a dataset from a UTF-8 JSON file; see <see cref="Load(Stream, DatasetLoadOptions?)"/>.</summary>
    /// <param name="path">The path of the file, absolute or relative to the current directory.</param>
    /// <param name="options">Limits on size and nesting; <see langword="null"/> for <see cref="DatasetLoadOptions.Default"/>.</param>
    /// <returns>A new dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="FileNotFoundException">No file is at <paramref name="path"/> (as <see cref="File.OpenRead(string)"/> reports it).</exception>
    /// <exception cref="DirectoryNotFoundException">A folder of <paramref name="path"/> does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read with the caller's permissions.</exception>
    /// <exception cref="IOException">Another input/output error occurred while reading.</exception>
    /// <exception cref="DatasetValidationException">The file is not a valid dataset; see <see cref="DatasetValidationException.Problems"/>.</exception>
    public static LaosRightsDataset Load(string path, DatasetLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return DatasetLoader.Load(stream, options ?? DatasetLoadOptions.Default);
    }

    /// <summary>Parses a dataset from UTF-8 JSON bytes; see <see cref="Load(Stream, DatasetLoadOptions?)"/> for what is checked.</summary>
    /// <param name="utf8Json">The JSON, UTF-8 encoded; a leading byte order mark is allowed.</param>
    /// <param name="options">Limits on size and nesting; <see langword="null"/> for <see cref="DatasetLoadOptions.Default"/>.</param>
    /// <returns>A new dataset.</returns>
    /// <exception cref="DatasetValidationException">The input is not a valid dataset; see <see cref="DatasetValidationException.Problems"/>.</exception>
    public static LaosRightsDataset Parse(ReadOnlySpan<byte> utf8Json, DatasetLoadOptions? options = null) =>
        DatasetLoader.Load(utf8Json, options ?? DatasetLoadOptions.Default);

    /// <summary>Parses a dataset from JSON text (not a path: use <see cref="Load(string, DatasetLoadOptions?)"/> for a file);
    /// see <see cref="Load(Stream, DatasetLoadOptions?)"/> for what is checked.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits on size and nesting; <see langword="null"/> for <see cref="DatasetLoadOptions.Default"/>.</param>
    /// <returns>A new dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DatasetValidationException">The input is not a valid dataset; see <see cref="DatasetValidationException.Problems"/>.</exception>
    public static LaosRightsDataset Parse(string json, DatasetLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var limits = options ?? DatasetLoadOptions.Default;
        if ((long)json.Length > limits.MaxInputBytes)
        {
            // Each UTF-16 code unit is at least one UTF-8 byte: reject before encoding a huge string.
            throw DatasetLoader.TooLarge(limits);
        }

        return DatasetLoader.Load(json, limits);
    }

    /// <summary>The version of the data file format this dataset was read from.</summary>
    public int SchemaVersion { get; }

    /// <summary>The version of the data (SemVer): it changes whenever a record is added, corrected or removed.</summary>
    public string DataVersion { get; }

    /// <summary>The source article: its text, sections, identity, licence and attribution.</summary>
    public Article Article { get; }

    /// <summary>Organisations, government bodies, armed forces, people and groups.</summary>
    public RecordCollection<Actor> Actors { get; }

    /// <summary>Countries, provinces, regions and sites, with ISO 3166 codes where they have one.</summary>
    public RecordCollection<Place> Places { get; }

    /// <summary>Publications, reports, films, treaties and laws the article mentions.</summary>
    public RecordCollection<Source> Sources { get; }

    /// <summary>Events of the narrative, dated and undated, in the order of the article.</summary>
    public RecordCollection<Event> Events { get; }

    /// <summary>Individual cases, each grouping the events of one story.</summary>
    public RecordCollection<Case> Cases { get; }

    /// <summary>Counts and lengths of time, with their bounds and the article's words.</summary>
    public RecordCollection<Figure> Figures { get; }

    /// <summary>Scores (value out of a scale, edition year).</summary>
    public RecordCollection<Score> Scores { get; }

    /// <summary>Rank positions.</summary>
    public RecordCollection<Ranking> Rankings { get; }

    /// <summary>Attributed statements: concerns, accusations, official positions, denials, reports.</summary>
    public RecordCollection<Claim> Claims { get; }

    /// <summary>Quoted words with their speakers.</summary>
    public RecordCollection<Quotation> Quotations { get; }

    /// <summary>Every record of every kind: actors, places, sources, events, cases, figures, scores, rankings, claims, quotations.</summary>
    public IReadOnlyList<DatasetRecord> AllRecords { get; }

    /// <summary>Gets the record of any kind with id <paramref name="id"/>. O(1).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No record has that id; the message names it and the closest existing ids
    /// of any kind ("Did you mean 'thai-military'?").</exception>
    public DatasetRecord GetRecord(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _records.TryGetValue(id, out var record)
            ? record
            : throw new KeyNotFoundException($"No record with id '{id}' is in the dataset." + Suggestions.DidYouMean(id, _records.Keys));
    }

    /// <summary>Looks up a record of any kind by id without throwing. O(1).</summary>
    /// <param name="id">The id; <see langword="null"/> finds nothing.</param>
    /// <param name="record">The record when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetRecord([NotNullWhen(true)] string? id, [MaybeNullWhen(false)] out DatasetRecord record)
    {
        if (id is null)
        {
            record = null;
            return false;
        }

        return _records.TryGetValue(id, out record);
    }

    /// <summary>Returns the data version and the number of records of every kind, in one line.</summary>
    /// <returns>
    /// For example <c>LaosRights.Data 1.0.0: 60 events, 3 cases, 25 figures, 2 scores, 1 ranking, 15 claims, 4 quotations,
    /// 50 actors, 20 places, 10 sources</c>; culture-invariant.
    /// </returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"LaosRights.Data {DataVersion}: {Count(Events.Count, "event")}, {Count(Cases.Count, "case")}, {Count(Figures.Count, "figure")}, {Count(Scores.Count, "score")}, {Count(Rankings.Count, "ranking")}, {Count(Claims.Count, "claim")}, {Count(Quotations.Count, "quotation")}, {Count(Actors.Count, "actor")}, {Count(Places.Count, "place")}, {Count(Sources.Count, "source")}");

    private static string Count(int count, string kind) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + kind + (count == 1 ? "" : "s");

    private static readonly Lazy<LaosRightsDataset> LazyDefault = CreateDefaultLoader();

    /// <summary>The loader behind <see cref="Default"/>: runs once, on first use; concurrent first callers wait for that one run.</summary>
    internal static Lazy<LaosRightsDataset> CreateDefaultLoader() =>
        new(EmbeddedData.LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);
}
