namespace LaosRights.Data;

/// <summary>How a <see cref="ChronologyEntry"/> got its place in the chronology.</summary>
public enum ChronologyPlacement
{
    /// <summary>By the record's own date, as the article states it.</summary>
    Stated,

    /// <summary>By the record's own date, derived from the article's words (see <see cref="ChronologyEntry.Rule"/>: "9 years after signing", "later").</summary>
    Derived,

    /// <summary>
    /// An undated event placed by the article's sequence: its links to other events ("following", "after talks",
    /// "since", "subsequently", "had been") and the dated reports that tell it (see <see cref="ChronologyEntry.Bounds"/>).
    /// </summary>
    Sequence,

    /// <summary>An undated event that nothing places in time: it keeps the place where the article tells it, after every placed entry.</summary>
    Narrative,
}

/// <summary>The kind of record a <see cref="ChronologyEntry"/> holds.</summary>
public enum ChronologyRecordKind
{
    /// <summary>An <see cref="Data.Event"/>.</summary>
    Event,

    /// <summary>A <see cref="Data.Source"/> (a publication, report, law): placed by when it was published, submitted or promulgated.</summary>
    Source,

    /// <summary>A <see cref="Data.Claim"/>: placed by when it was made or reported.</summary>
    Claim,

    /// <summary>A <see cref="Data.Quotation"/>: placed by when the words were published or said.</summary>
    Quotation,

    /// <summary>A <see cref="Data.Figure"/>: placed by the time of what it counts.</summary>
    Figure,

    /// <summary>A <see cref="Data.Score"/>: placed by its edition year.</summary>
    Score,

    /// <summary>A <see cref="Data.Ranking"/>: placed by its edition year.</summary>
    Ranking,
}

/// <summary>Which side of another record a <see cref="ChronologyBound"/> puts an entry.</summary>
public enum ChronologyBoundSide
{
    /// <summary>The entry is no earlier than the other record (it follows it, responds to it).</summary>
    After,

    /// <summary>The entry is no later than the other record (it is followed by it, or told in it).</summary>
    Before,
}

/// <summary>
/// One constraint on an entry's place, derived from the data: a link between events or a dated report that tells an
/// undated event, with the rule applied and the article's words that support it.
/// </summary>
/// <param name="Side">Whether the entry is after or before <paramref name="OtherId"/>.</param>
/// <param name="OtherId">The id of the other record (an event or a source).</param>
/// <param name="Rule">The rule, in words: <c>follows</c>, <c>responds-to</c>, or <c>told-in-report</c> with what it means.</param>
/// <param name="Evidence">The article's words the constraint rests on (the evidence of the record that states the link, or of the report).</param>
public sealed record ChronologyBound(ChronologyBoundSide Side, string OtherId, string Rule, Evidence Evidence);

/// <summary>
/// One entry of <see cref="ChronologyQueries.Chronology(LaosRightsDataset)"/>: a record, the date that places it, what that date
/// means, and how the place was found (stated, derived with its rule, by the article's sequence, or narrative only).
/// </summary>
/// <remarks>
/// An entry is itself an <see cref="IDatedRecord"/> (with the placing <see cref="Date"/>), so
/// <see cref="TimeQueries.InYear{T}(IEnumerable{T}, int, DateMatch)"/> and
/// <see cref="TimeQueries.During{T}(IEnumerable{T}, NodaTime.DateInterval, DateMatch)"/> filter a chronology directly.
/// Immutable and thread-safe.
/// </remarks>
public sealed record ChronologyEntry : IDatedRecord
{
    internal ChronologyEntry(IDatedRecord record, ChronologyRecordKind kind, PartialDateInterval? date, DateMeaning meaning, ChronologyPlacement placement, string? rule, IReadOnlyList<ChronologyBound> bounds, int position)
    {
        Record = record;
        Kind = kind;
        Date = date;
        DateMeaning = meaning;
        Placement = placement;
        Rule = rule;
        Bounds = bounds;
        Position = position;
    }

    /// <summary>The record (an <see cref="Event"/>, <see cref="Source"/>, <see cref="Claim"/>, <see cref="Quotation"/>, <see cref="Figure"/>, <see cref="Score"/> or <see cref="Ranking"/>).</summary>
    public IDatedRecord Record { get; }

    /// <summary>The kind of <see cref="Record"/>.</summary>
    public ChronologyRecordKind Kind { get; }

    /// <summary>The record's id.</summary>
    public string Id => Record.Id;

    /// <summary>Where the record first appears in the article.</summary>
    public int NarrativePosition => Record.NarrativePosition;

    /// <summary>
    /// The date that places the entry: the record's own date (<see cref="ChronologyPlacement.Stated"/> or
    /// <see cref="ChronologyPlacement.Derived"/>), or for an event placed by the article's sequence the interval its
    /// bounds allow (<c>1996/..</c> "in or after 1996", <c>../2006-05</c> "by May 2006"), or <see langword="null"/>
    /// when its bounds give no date (it is placed by its links alone) or nothing places it.
    /// </summary>
    public PartialDateInterval? Date { get; }

    /// <summary>What <see cref="Date"/> is the date of (a sequence-placed event's date is when it <see cref="DateMeaning.Happened"/>).</summary>
    public DateMeaning DateMeaning { get; }

    /// <summary>How the entry was placed.</summary>
    public ChronologyPlacement Placement { get; }

    /// <summary>
    /// For <see cref="ChronologyPlacement.Derived"/>, the record's date derivation; for <see cref="ChronologyPlacement.Sequence"/>,
    /// the bounds in words ("after iccpr-signing (follows)"); otherwise <see langword="null"/>.
    /// </summary>
    public string? Rule { get; }

    /// <summary>The constraints that place the entry relative to other records (links and reports); empty when none.</summary>
    public IReadOnlyList<ChronologyBound> Bounds { get; }

    /// <summary>The entry's index in the chronology it came from, from 0.</summary>
    public int Position { get; }

    /// <inheritdoc/>
    /// <value>The same as <see cref="Rule"/>.</value>
    string? IDatedRecord.DateDerivation => Rule;

    /// <summary>Returns a one-line description: date (or <c>undated</c>), meaning, kind and id.</summary>
    /// <returns>For example <c>2009-09-25 Happened Event iccpr-ratification-2009 (date given)</c>; the placement is
    /// "date given", "date derived", "placed by sequence" or "narrative only".</returns>
    public override string ToString() =>
        $"{Date?.ToString() ?? "undated"} {DateMeaning} {Kind} {Id} ({PlacementText(Placement)})";

    private static string PlacementText(ChronologyPlacement placement) => placement switch
    {
        ChronologyPlacement.Stated => "date given",
        ChronologyPlacement.Derived => "date derived",
        ChronologyPlacement.Sequence => "placed by sequence",
        _ => "narrative only",
    };
}
