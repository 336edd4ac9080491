using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using LaosRights.Data.Serialization;

namespace LaosRights.Data;

/// <summary>
/// The base of every record in the dataset: a stable id and the evidence that proves the record.
/// </summary>
/// <remarks>
/// Ids are kebab-case (<c>iccpr-ratification-2009</c>), unique across all record kinds, and never change once published.
/// Records are immutable; <c>with</c> expressions create copies and never change the shared dataset. Every list a
/// record holds is a read-only copy of the one it was given, and records compare by value, lists included: two records
/// read from the same bytes are equal (<c>==</c>, <see cref="object.Equals(object)"/>) and have equal hash codes.
/// <see cref="ToString"/> gives one readable line; in JSON (System.Text.Json) a record has the shape it has in the data file.
/// </remarks>
// Inherited by every record kind (DebuggerDisplayAttribute is inherited and may appear more than once, so only here).
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(ModelJsonConverter<DatasetRecord>))]
public abstract record DatasetRecord
{
    private protected DatasetRecord()
    {
    }

    /// <summary>The record's stable, human-readable id.</summary>
    public required string Id { get; init; }

    /// <summary>One or more verbatim quotes from the article that prove the record; never empty in a loaded dataset.</summary>
    public required IReadOnlyList<Evidence> Evidence { get; init => field = ReadOnlyArray.From(value); }

    /// <summary>Where the record first appears in the article (the smallest <see cref="LaosRights.Data.Evidence.Start"/>), used to place records in narrative order.</summary>
    public int NarrativePosition => Evidence.Count == 0 ? int.MaxValue : Evidence.Min(e => e.Start);

    /// <summary>
    /// Returns one readable line: the kind of record, its id, its date at its own precision (as
    /// <see cref="PartialDateInterval.ToDisplayString"/> gives it) where it has one, how the article stands behind it
    /// where that is not <see cref="Standing.Stated"/>, and its summary, name or title, for example
    /// <c>Event iccpr-ratification-2009, 25 September 2009: Laos ratified the ICCPR</c> or
    /// <c>Claim thai-military-forced-return, alleged: …</c>.
    /// </summary>
    /// <returns>The line; culture-invariant, never an internal type name.</returns>
    public sealed override string ToString() => GetType().Name + " " + Id + Describe();

    /// <summary>What <see cref="ToString"/> writes after the id: <c>", date, standing: text"</c>.</summary>
    private protected abstract string Describe();

    /// <summary>The tail of <see cref="ToString"/> from its parts, each left out when absent; a derived date is followed by "(derived)".</summary>
    private protected string Line(PartialDateInterval? date, Standing? standing, string text)
    {
        var derived = this is IDatedRecord { DateDerivation: not null } ? " (derived)" : "";
        var when = date is { } d ? ", " + d.ToDisplayString() + derived : "";
        var how = standing is { } st && st != Standing.Stated ? ", " + st.ToDisplayName().ToLowerInvariant() : "";
        return when + how + ": " + text;
    }
}

/// <summary>An organisation, government body, armed force, person or group that the article names.</summary>
[JsonConverter(typeof(ModelJsonConverter<Actor>))]
public sealed record Actor : DatasetRecord
{
    /// <summary>The name this dataset uses for the actor, as close to the article's words as possible.</summary>
    public required string Name { get; init; }

    /// <summary>Other names and spellings the article uses for the same actor ("Lao government", "Laotian government").</summary>
    public IReadOnlyList<string> OtherNames { get; init => field = ReadOnlyArray.From(value); } = ReadOnlyArray<string>.Empty;

    /// <summary>What kind of actor this is.</summary>
    public required ActorKind Kind { get; init; }

    /// <summary>A short description drawn from the article's words; <see langword="null"/> when there is nothing to add.</summary>
    public string? Description { get; init; }

    /// <summary>The id of the country (a <see cref="Place"/>) the actor belongs to, where the article makes it plain; otherwise <see langword="null"/>.</summary>
    public string? CountryId { get; init; }

    /// <summary>The id of the actor this one is part of (a ministry's government, a group's wider group), or <see langword="null"/>.</summary>
    public string? ParentId { get; init; }

    /// <inheritdoc/>
    private protected override string Describe() => Line(null, null, Name + " (" + Kind.ToDisplayName().ToLowerInvariant() + ")");
}

/// <summary>A country, province, region or site that the article names.</summary>
[JsonConverter(typeof(ModelJsonConverter<Place>))]
public sealed record Place : DatasetRecord
{
    /// <summary>The place's name.</summary>
    public required string Name { get; init; }

    /// <summary>Other names and spellings the article uses ("U.S.", "WI").</summary>
    public IReadOnlyList<string> OtherNames { get; init => field = ReadOnlyArray.From(value); } = ReadOnlyArray<string>.Empty;

    /// <summary>What kind of place this is.</summary>
    public required PlaceKind Kind { get; init; }

    /// <summary>
    /// The ISO 3166-1 alpha-2 code of a country (<c>LA</c>) or the ISO 3166-2 code of a subdivision (<c>LA-XI</c>),
    /// or <see langword="null"/> for places without one. The codes are a standard reference, not taken from the article.
    /// </summary>
    public string? Iso3166Code { get; init; }

    /// <summary>The id of the place that contains this one, or <see langword="null"/> for a country.</summary>
    public string? ParentId { get; init; }

    /// <summary>What the article says the place is, in its words ("a Buddhist monastery in central Thailand"), or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <inheritdoc/>
    private protected override string Describe() => Line(null, null, Name + " (" + Kind.ToDisplayName().ToLowerInvariant() + ")");
}

/// <summary>A publication, report, film, treaty, law or other document the article mentions.</summary>
[JsonConverter(typeof(ModelJsonConverter<Source>))]
public sealed record Source : DatasetRecord, IDatedRecord
{
    /// <summary>The title, or a description where the article gives no title.</summary>
    public required string Title { get; init; }

    /// <summary>What kind of document this is.</summary>
    public required SourceKind Kind { get; init; }

    /// <summary>When the document was published, promulgated or submitted (see <see cref="DateMeaning"/>), at the precision the article gives; <see langword="null"/> when it gives none.</summary>
    public PartialDateInterval? Date { get; init; }

    /// <summary>What <see cref="Date"/> is the date of: <see cref="DateMeaning.Published"/> (the default), <see cref="DateMeaning.Submitted"/> or <see cref="DateMeaning.Promulgated"/>.</summary>
    public DateMeaning DateMeaning { get; init; } = DateMeaning.Published;

    /// <summary>How <see cref="Date"/> was derived when the article does not state it ("later" than a dated report); <see langword="null"/> when it is stated.</summary>
    public string? DateDerivation { get; init; }

    /// <summary>Ids of the actors who wrote or made it.</summary>
    public IReadOnlyList<string> AuthorIds { get; init => field = ReadOnlyArray.From(value); } = ReadOnlyArray<string>.Empty;

    /// <summary>Id of the actor that published it, or <see langword="null"/>.</summary>
    public string? PublisherId { get; init; }

    /// <summary>Id of the actor it was submitted to, or <see langword="null"/>.</summary>
    public string? RecipientId { get; init; }

    /// <summary>A short note drawn from the article, or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <inheritdoc/>
    private protected override string Describe() => Line(Date, null, Title + " (" + Kind.ToDisplayName().ToLowerInvariant() + ")");
}

/// <summary>An actor's part in an event.</summary>
/// <param name="ActorId">The id of the <see cref="Actor"/>.</param>
/// <param name="Role">What the actor did or underwent.</param>
[JsonConverter(typeof(ModelJsonConverter<EventActor>))]
public readonly record struct EventActor(string ActorId, ActorRole Role);

/// <summary>A link from one event to another.</summary>
/// <param name="Kind">How this event relates to the other.</param>
/// <param name="EventId">The id of the other <see cref="Event"/>.</param>
[JsonConverter(typeof(ModelJsonConverter<EventRelation>))]
public readonly record struct EventRelation(EventRelationKind Kind, string EventId);

/// <summary>Something that happened, or is said to have happened, in the article's narrative; dated or not.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "'Event' is the name users look for; only Visual Basic treats it as a keyword.")]
[JsonConverter(typeof(ModelJsonConverter<Event>))]
public sealed record Event : DatasetRecord, IDatedRecord
{
    /// <summary>A neutral one-line summary in the article's terms; it never states an allegation as fact.</summary>
    public required string Summary { get; init; }

    /// <summary>When it happened, at the precision the article gives; <see langword="null"/> for an undated event (see <see cref="DatasetRecord.NarrativePosition"/>).</summary>
    public PartialDateInterval? Date { get; init; }

    /// <summary>What <see cref="Date"/> is the date of: <see cref="DateMeaning.Happened"/> (the default), or <see cref="DateMeaning.Expected"/> / <see cref="DateMeaning.Deadline"/> for what was due rather than done.</summary>
    public DateMeaning DateMeaning { get; init; } = DateMeaning.Happened;

    /// <summary>How the date was derived when the article does not state it directly; <see langword="null"/> when the date is stated.</summary>
    public string? DateDerivation { get; init; }

    /// <summary>Whether <see cref="Date"/> was derived rather than stated (see <see cref="DateDerivation"/>).</summary>
    public bool IsDateDerived => DateDerivation is not null;

    /// <summary>How the article stands behind the event.</summary>
    public required Standing Standing { get; init; }

    /// <summary>Ids of the actors who claim, report or raise the event, when the article names them; empty when it states the event itself or names nobody.</summary>
    public IReadOnlyList<string> ClaimantIds { get; init => field = ReadOnlyArray.From(value); } = ReadOnlyArray<string>.Empty;

    /// <summary>Ids of the <see cref="Source"/> records the event is reported in or concerns.</summary>
    public IReadOnlyList<string> SourceIds { get; init => field = ReadOnlyArray.From(value); } = ReadOnlyArray<string>.Empty;

    /// <summary>The actors involved and their roles.</summary>
    public IReadOnlyList<EventActor> Actors { get; init => field = ReadOnlyArray.From(value); } = ReadOnlyArray<EventActor>.Empty;

    /// <summary>Ids of the places where it happened, as far as the article says.</summary>
    public IReadOnlyList<string> PlaceIds { get; init => field = ReadOnlyArray.From(value); } = ReadOnlyArray<string>.Empty;

    /// <summary>The human-rights topics it concerns.</summary>
    public IReadOnlyList<Topic> Topics { get; init => field = ReadOnlyArray.From(value); } = ReadOnlyArray<Topic>.Empty;

    /// <summary>Links to events it follows or responds to, as the article states them.</summary>
    public IReadOnlyList<EventRelation> Related { get; init => field = ReadOnlyArray.From(value); } = ReadOnlyArray<EventRelation>.Empty;

    /// <inheritdoc/>
    private protected override string Describe() => Line(Date, Standing, Summary);
}

/// <summary>An individual case: the events of one story (arrest, sentence, death in custody, release), in order.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "'Case' is the name users look for; only Visual Basic treats it as a keyword.")]
[JsonConverter(typeof(ModelJsonConverter<Case>))]
public sealed record Case : DatasetRecord
{
    /// <summary>A short title.</summary>
    public required string Title { get; init; }

    /// <summary>Ids of the case's events in the order of the story.</summary>
    public required IReadOnlyList<string> EventIds { get; init => field = ReadOnlyArray.From(value); }

    /// <summary>Ids of the actors the case is about.</summary>
    public IReadOnlyList<string> SubjectIds { get; init => field = ReadOnlyArray.From(value); } = ReadOnlyArray<string>.Empty;

    /// <summary>The topics the case concerns.</summary>
    public IReadOnlyList<Topic> Topics { get; init => field = ReadOnlyArray.From(value); } = ReadOnlyArray<Topic>.Empty;

    /// <inheritdoc/>
    private protected override string Describe() => Line(null, null, Title + string.Create(CultureInfo.InvariantCulture, $" ({EventIds.Count} events)"));
}

/// <summary>
/// An amount as the article gives it: the number, how to read it (exact, estimate, bound), the unit, and the article's own words.
/// </summary>
[JsonConverter(typeof(ModelJsonConverter<Quantity>))]
[DebuggerDisplay("{ToString(),nq}")]
public sealed record Quantity
{
    /// <summary>The number the article states; <see langword="null"/> when <see cref="Bound"/> is <see cref="QuantityBound.Unquantified"/>.</summary>
    public long? Value { get; init; }

    /// <summary>The upper number of a <see cref="QuantityBound.Between"/> range; otherwise <see langword="null"/>.</summary>
    public long? UpperValue { get; init; }

    /// <summary>How <see cref="Value"/> is to be read.</summary>
    public required QuantityBound Bound { get; init; }

    /// <summary>What is measured.</summary>
    public required QuantityUnit Unit { get; init; }

    /// <summary>The article's words for the amount ("As many as 200,000", "thousands", "up to 10 years").</summary>
    public required string Wording { get; init; }

    /// <summary>The smallest amount consistent with the article's words, or <see langword="null"/> when the words set none ("as many as", "around", "thousands").</summary>
    public long? Minimum => Bound switch
    {
        QuantityBound.Exact or QuantityBound.AtLeast or QuantityBound.Between => Value,
        _ => null,
    };

    /// <summary>The largest amount consistent with the article's words, or <see langword="null"/> when the words set none ("more than", "around", "thousands").</summary>
    public long? Maximum => Bound switch
    {
        QuantityBound.Exact or QuantityBound.AtMost => Value,
        QuantityBound.Between => UpperValue,
        _ => null,
    };

    /// <summary>Whether the article gives the number without a qualifier.</summary>
    public bool IsExact => Bound == QuantityBound.Exact;

    /// <summary>Whether the article gives the number as an estimate ("around 5,000", "some thousand"); bounds and "thousands" are not estimates.</summary>
    /// <value><see langword="true"/> for <see cref="QuantityBound.Approximate"/>.</value>
    public bool IsEstimate => Bound == QuantityBound.Approximate;

    /// <summary>How firmly the number is given: the reading of <see cref="Bound"/> in four kinds.</summary>
    /// <value>
    /// <see cref="QuantityKind.Exact"/>, <see cref="QuantityKind.Estimate"/> (approximate), <see cref="QuantityKind.Bound"/>
    /// (at least, more than, at most, between) or <see cref="QuantityKind.Unquantified"/>.
    /// </value>
    /// <exception cref="InvalidOperationException"><see cref="Bound"/> is not a defined <see cref="QuantityBound"/> value.</exception>
    public QuantityKind Kind => Bound switch
    {
        QuantityBound.Exact => QuantityKind.Exact,
        QuantityBound.Approximate => QuantityKind.Estimate,
        QuantityBound.AtLeast or QuantityBound.MoreThan or QuantityBound.AtMost or QuantityBound.Between => QuantityKind.Bound,
        QuantityBound.Unquantified => QuantityKind.Unquantified,
        _ => throw new InvalidOperationException($"{(int)Bound} is not a defined QuantityBound value."),
    };

    /// <summary>Returns the article's wording, e.g. "As many as 200,000".</summary>
    /// <returns>The wording.</returns>
    public override string ToString() => Wording;
}

/// <summary>A number in the article: a count of people, a length of time, with what it counts.</summary>
[JsonConverter(typeof(ModelJsonConverter<Figure>))]
public sealed record Figure : DatasetRecord, IDatedRecord
{
    /// <summary>What is counted, in plain words ("Hmong who went into exile in Thailand").</summary>
    public required string Counted { get; init; }

    /// <summary>The amount.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>The time the figure refers to, when the article gives one; otherwise <see langword="null"/>.</summary>
    public PartialDateInterval? Date { get; init; }

    /// <summary>How <see cref="Date"/> was derived, or <see langword="null"/> when it is stated.</summary>
    public string? DateDerivation { get; init; }

    /// <summary>The id of the event the figure belongs to, or <see langword="null"/>.</summary>
    public string? EventId { get; init; }

    /// <summary>How the article stands behind the figure.</summary>
    public required Standing Standing { get; init; }

    /// <summary>Ids of the actors who give the figure, when the article names them.</summary>
    public IReadOnlyList<string> ClaimantIds { get; init => field = ReadOnlyArray.From(value); } = ReadOnlyArray<string>.Empty;

    /// <inheritdoc/>
    /// <value>Always <see cref="DateMeaning.Happened"/>: a figure's date is the time of what it counts.</value>
    DateMeaning IDatedRecord.DateMeaning => DateMeaning.Happened;

    /// <inheritdoc/>
    private protected override string Describe() => Line(Date, Standing, Quantity.Wording + " (" + Quantity.Bound.ToDisplayName().ToLowerInvariant() + "): " + Counted);
}

/// <summary>A score given to a country on an indicator: a value out of a scale, in an edition year.</summary>
[JsonConverter(typeof(ModelJsonConverter<Score>))]
public sealed record Score : DatasetRecord, IDatedRecord
{
    /// <summary>What is scored ("religious freedom").</summary>
    public required string Indicator { get; init; }

    /// <summary>The score.</summary>
    public required decimal Value { get; init; }

    /// <summary>The top of the scale ("out of 4").</summary>
    public required decimal ScaleMaximum { get; init; }

    /// <summary>The edition (the year the score is for).</summary>
    public required PartialDate Edition { get; init; }

    /// <summary>How <see cref="Edition"/> was derived, or <see langword="null"/> when the sentence states it.</summary>
    public string? EditionDerivation { get; init; }

    /// <summary>The id of the place scored.</summary>
    public required string SubjectId { get; init; }

    /// <summary>
    /// The id of the actor that published the score, or <see langword="null"/> when the article does not name it
    /// (it names no publisher for its 2023 scores, so neither does this dataset).
    /// </summary>
    public string? PublisherId { get; init; }

    /// <summary>The score as a fraction of the scale (1 out of 4 is 0.25).</summary>
    public decimal Fraction => Value / ScaleMaximum;

    /// <inheritdoc/>
    /// <value>The <see cref="Edition"/>.</value>
    PartialDateInterval? IDatedRecord.Date => Edition;

    /// <inheritdoc/>
    /// <value>Always <see cref="DateMeaning.Edition"/>.</value>
    DateMeaning IDatedRecord.DateMeaning => DateMeaning.Edition;

    /// <inheritdoc/>
    /// <value>The <see cref="EditionDerivation"/>.</value>
    string? IDatedRecord.DateDerivation => EditionDerivation;

    /// <inheritdoc/>
    private protected override string Describe() => Line(Edition, null, string.Create(CultureInfo.InvariantCulture, $"{Value} out of {ScaleMaximum} for {Indicator} ({SubjectId})"));
}

/// <summary>A place's position in a ranking ("the 31st worst place in the world to be a Christian").</summary>
[JsonConverter(typeof(ModelJsonConverter<Ranking>))]
public sealed record Ranking : DatasetRecord, IDatedRecord
{
    /// <summary>What is ranked.</summary>
    public required string Indicator { get; init; }

    /// <summary>The position, from 1.</summary>
    public required int Position { get; init; }

    /// <summary>Which end the position counts from.</summary>
    public required RankDirection Direction { get; init; }

    /// <summary>Among what the place is ranked ("the world"), or <see langword="null"/>.</summary>
    public string? Scope { get; init; }

    /// <summary>The edition (the year the ranking is for).</summary>
    public required PartialDate Edition { get; init; }

    /// <summary>How <see cref="Edition"/> was derived, or <see langword="null"/> when the sentence states it.</summary>
    public string? EditionDerivation { get; init; }

    /// <summary>The id of the place ranked.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The id of the actor that published the ranking, or <see langword="null"/> when the article does not name it.</summary>
    public string? PublisherId { get; init; }

    /// <inheritdoc/>
    /// <value>The <see cref="Edition"/>.</value>
    PartialDateInterval? IDatedRecord.Date => Edition;

    /// <inheritdoc/>
    /// <value>Always <see cref="DateMeaning.Edition"/>.</value>
    DateMeaning IDatedRecord.DateMeaning => DateMeaning.Edition;

    /// <inheritdoc/>
    /// <value>The <see cref="EditionDerivation"/>.</value>
    string? IDatedRecord.DateDerivation => EditionDerivation;

    /// <inheritdoc/>
    private protected override string Describe() => Line(Edition, null, string.Create(CultureInfo.InvariantCulture, $"position {Position} from the {Direction.ToDisplayName().ToLowerInvariant()}{(Scope is null ? "" : " in " + Scope)} for {Indicator} ({SubjectId})"));
}

/// <summary>
/// An attributed statement: a concern raised, an accusation, an official position, a denial, a report.
/// The <see cref="Statement"/> is what is claimed, never a finding of fact; <see cref="Standing"/> and <see cref="ClaimantIds"/> say who says it and how.
/// </summary>
[JsonConverter(typeof(ModelJsonConverter<Claim>))]
public sealed record Claim : DatasetRecord, IDatedRecord
{
    /// <summary>What is claimed, in neutral words.</summary>
    public required string Statement { get; init; }

    /// <summary>What kind of statement it is.</summary>
    public required Standing Standing { get; init; }

    /// <summary>Ids of the actors who make the claim; empty when the article does not say who ("has been accused").</summary>
    public IReadOnlyList<string> ClaimantIds { get; init => field = ReadOnlyArray.From(value); } = ReadOnlyArray<string>.Empty;

    /// <summary>Ids of the actors the claim is about.</summary>
    public IReadOnlyList<string> SubjectIds { get; init => field = ReadOnlyArray.From(value); } = ReadOnlyArray<string>.Empty;

    /// <summary>The topics the claim concerns.</summary>
    public IReadOnlyList<Topic> Topics { get; init => field = ReadOnlyArray.From(value); } = ReadOnlyArray<Topic>.Empty;

    /// <summary>Ids of the sources the claim is made in.</summary>
    public IReadOnlyList<string> SourceIds { get; init => field = ReadOnlyArray.From(value); } = ReadOnlyArray<string>.Empty;

    /// <summary>The numbered provision of the source the claim cites (8 for "Article 8" of the Constitution), or <see langword="null"/>.</summary>
    public int? Provision { get; init; }

    /// <summary>The id of the claim this one answers (a denial, a challenge), or <see langword="null"/>.</summary>
    public string? RespondsToId { get; init; }

    /// <summary>When the claim was made, if the article says; otherwise <see langword="null"/>.</summary>
    public PartialDateInterval? Date { get; init; }

    /// <summary>Ids of the events the claim belongs to.</summary>
    public IReadOnlyList<string> EventIds { get; init => field = ReadOnlyArray.From(value); } = ReadOnlyArray<string>.Empty;

    /// <inheritdoc/>
    /// <value>Always <see cref="DateMeaning.Reported"/>: a claim's date is when it was made or reported.</value>
    DateMeaning IDatedRecord.DateMeaning => DateMeaning.Reported;

    /// <inheritdoc/>
    /// <value>Always <see langword="null"/>: a claim's date is as the article states it.</value>
    string? IDatedRecord.DateDerivation => null;

    /// <inheritdoc/>
    private protected override string Describe() => Line(Date, Standing, Statement);
}

/// <summary>Words the article quotes, with who said them and where.</summary>
[JsonConverter(typeof(ModelJsonConverter<Quotation>))]
public sealed record Quotation : DatasetRecord, IDatedRecord
{
    /// <summary>The quoted words, exactly as in the article, without the quotation marks.</summary>
    public required string Text { get; init; }

    /// <summary>The id of the actor who said or wrote the words.</summary>
    public required string SpeakerId { get; init; }

    /// <summary>The id of the source the words appeared in, or <see langword="null"/>.</summary>
    public string? SourceId { get; init; }

    /// <summary>When the words were said or published, if the article says.</summary>
    public PartialDateInterval? Date { get; init; }

    /// <summary>To whom the words were said ("a Hmong gathering"), or <see langword="null"/>.</summary>
    public string? Audience { get; init; }

    /// <summary>Ids of the actors the words are about.</summary>
    public IReadOnlyList<string> SubjectIds { get; init => field = ReadOnlyArray.From(value); } = ReadOnlyArray<string>.Empty;

    /// <summary>The id of the event in which the words were said, or <see langword="null"/>.</summary>
    public string? EventId { get; init; }

    /// <inheritdoc/>
    /// <value><see cref="DateMeaning.Published"/> when the words appeared in a source (<see cref="SourceId"/>); otherwise <see cref="DateMeaning.Said"/>.</value>
    DateMeaning IDatedRecord.DateMeaning => SourceId is null ? DateMeaning.Said : DateMeaning.Published;

    /// <inheritdoc/>
    /// <value>Always <see langword="null"/>: a quotation's date is as the article states it.</value>
    string? IDatedRecord.DateDerivation => null;

    /// <inheritdoc/>
    private protected override string Describe() => Line(Date, null, "\"" + Text + "\" (" + SpeakerId + ")");
}
