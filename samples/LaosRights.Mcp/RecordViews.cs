using System.Globalization;
using System.Text;
using LaosRights.Data;

namespace LaosRights.Mcp;

/// <summary>Turns the library's records into the tools' views and short text forms; reads the facts every tool needs from any record.</summary>
/// <param name="data">The dataset the records belong to.</param>
internal sealed class RecordViews(LaosRightsDataset data)
{
    /// <summary>The record kinds, as the tools name them.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["event", "case", "figure", "claim", "quotation", "score", "ranking", "actor", "place", "source"];

    public LaosRightsDataset Data => data;

    /// <summary>The kind of a record, as the tools name it.</summary>
    public static string KindOf(DatasetRecord record) => record switch
    {
        Event => "event",
        Case => "case",
        Figure => "figure",
        Claim => "claim",
        Quotation => "quotation",
        Score => "score",
        Ranking => "ranking",
        Actor => "actor",
        Place => "place",
        Source => "source",
        _ => throw new ArgumentOutOfRangeException(nameof(record), record.GetType().Name, "Not a record kind of this dataset."),
    };

    /// <summary>The record's main line: summary, statement, title, name, or what a figure counts.</summary>
    public string TitleOf(DatasetRecord record) => record switch
    {
        Event e => e.Summary,
        Case c => c.Title,
        Figure f => f.Counted,
        Claim c => c.Statement,
        Quotation q => $"{Name(q.SpeakerId)}: \"{q.Text}\"",
        Score s => $"{Name(s.SubjectId)}: {s.Value.ToString(CultureInfo.InvariantCulture)} out of {s.ScaleMaximum.ToString(CultureInfo.InvariantCulture)} for {s.Indicator} ({s.Edition} edition)",
        Ranking r => $"{Name(r.SubjectId)}: ranked {Ordinal(r.Position)} {(r.Direction == RankDirection.Worst ? "worst" : "best")} {r.Indicator} ({r.Edition} edition)",
        Actor a => a.Name,
        Place p => p.Name,
        Source s => s.Title,
        _ => record.Id,
    };

    /// <summary>The date a record carries, what it is the date of, and how it was derived; no date for records that carry none (cases, actors, places).</summary>
    public static (PartialDateInterval? Date, string? Derivation, DateMeaning Meaning) DateOf(DatasetRecord record) =>
        record is IDatedRecord dated ? (dated.Date, dated.DateDerivation, dated.DateMeaning) : (null, null, DateMeaning.Happened);

    /// <summary>The ids of the actors who make, report or give the record.</summary>
    public static IReadOnlyList<string> ClaimantIdsOf(DatasetRecord record) => record switch
    {
        Event e => e.ClaimantIds,
        Figure f => f.ClaimantIds,
        Claim c => c.ClaimantIds,
        Quotation q => [q.SpeakerId],
        Score { PublisherId: { } p } => [p],
        Ranking { PublisherId: { } p } => [p],
        _ => [],
    };

    /// <summary>The topics a record is about: its own, or for a figure or quotation those of its event, for a claim with none those of its events.</summary>
    public IReadOnlyList<Topic> TopicsOf(DatasetRecord record) => record switch
    {
        Event e => e.Topics,
        Case c => c.Topics,
        Claim c => c.Topics,
        Figure { EventId: { } id } => data.Events[id].Topics,
        Quotation { EventId: { } id } => data.Events[id].Topics,
        _ => [],
    };

    /// <summary>The ids of the places a record is located in: an event's places; for records tied to events, their events' places.</summary>
    public IEnumerable<string> PlaceIdsOf(DatasetRecord record) => record switch
    {
        Event e => e.PlaceIds,
        Figure { EventId: { } id } => data.Events[id].PlaceIds,
        Quotation { EventId: { } id } => data.Events[id].PlaceIds,
        Claim c => c.EventIds.SelectMany(id => data.Events[id].PlaceIds),
        Case c => c.EventIds.SelectMany(id => data.Events[id].PlaceIds),
        Score s => [s.SubjectId],
        Ranking r => [r.SubjectId],
        Place p => [p.Id],
        _ => [],
    };

    /// <summary>The text that search_records matches words against: titles, names, statements, wordings and quotes.</summary>
    public string SearchTextOf(DatasetRecord record)
    {
        var text = new StringBuilder(TitleOf(record));
        switch (record)
        {
            case Actor a:
                text.Append(' ').AppendJoin(' ', a.OtherNames).Append(' ').Append(a.Description);
                break;
            case Place p:
                text.Append(' ').AppendJoin(' ', p.OtherNames).Append(' ').Append(p.Iso3166Code);
                break;
            case Source s:
                text.Append(' ').Append(s.Description);
                break;
            case Figure f:
                text.Append(' ').Append(f.Quantity.Wording);
                break;
            case Quotation q:
                text.Append(' ').Append(q.Audience);
                break;
        }

        foreach (var evidence in record.Evidence)
        {
            text.Append(' ').Append(evidence.Quote);
        }

        return text.ToString();
    }

    /// <summary>The full view of a record.</summary>
    public RecordView View(DatasetRecord record)
    {
        var (date, derivation, meaning) = DateOf(record);
        var claimants = ClaimantIdsOf(record).Select(Ref).ToList();
        var amount = record is Figure f ? Amount(f.Quantity) : null;
        var precision = record switch
        {
            Figure fig => $"{fig.Quantity.Wording}: {amount!.Reading}; {FigureDate(fig)}",
            Actor or Place => "not a dated record",
            Case => "a case: the dates are those of its events (see get_record)",
            _ => Wording.Date(date, derivation, meaning),
        };

        return new RecordView
        {
            Id = record.Id,
            Kind = KindOf(record),
            Title = TitleOf(record),
            Precision = precision,
            Standing = StandingOf(record),
            StandingCode = StandingCodeOf(record) is { } s ? Wording.Code(s) : null,
            Claimants = claimants,
            Date = date is { } d ? DateView(d, derivation, meaning) : null,
            Amount = amount,
            Topics = TopicsOf(record).Select(Wording.Code).ToList(),
            Evidence = record.Evidence.Select(e => new EvidenceView
            {
                Quote = e.Quote,
                Section = e.Section,
                SectionPath = e.SectionPath,
                Start = e.Start,
                Length = e.Length,
            }).ToList(),
        };
    }

    /// <summary>The short text form of a record view: id, kind, title, precision, standing and the quotes with their sections.</summary>
    public static void AppendText(StringBuilder text, RecordView view, string indent = "")
    {
        text.Append(indent).Append('[').Append(view.Kind).Append("] ").Append(view.Id).Append(": ").AppendLine(view.Title);
        text.Append(indent).Append("  precision: ").AppendLine(view.Precision);
        text.Append(indent).Append("  standing: ").AppendLine(view.Standing);
        foreach (var evidence in view.Evidence)
        {
            text.Append(indent).Append("  quote (").Append(evidence.Section).Append("): \"").Append(evidence.Quote).AppendLine("\"");
        }
    }

    /// <summary>An actor's id and name.</summary>
    public ActorRef Ref(string actorId) => new() { Id = actorId, Name = Name(actorId) };

    /// <summary>The name of an actor or place id.</summary>
    public string Name(string id) =>
        data.Actors.TryGet(id, out var actor) ? actor.Name
        : data.Places.TryGet(id, out var place) ? place.Name
        : id;

    private string StandingOf(DatasetRecord record)
    {
        var claimantNames = ClaimantIdsOf(record).Select(Name).ToList();
        return record switch
        {
            Event e => Wording.Standing(e.Standing, claimantNames, SourceNames(e.SourceIds)),
            Figure f => Wording.Standing(f.Standing, claimantNames),
            Claim c => Wording.Standing(c.Standing, claimantNames, SourceNames(c.SourceIds)),
            Quotation q => $"the words of {Name(q.SpeakerId)}, quoted by the article; what they say is the speaker's view, not a finding of the article",
            Score or Ranking => claimantNames.Count == 0
                ? "given as the article states it; the article names no publisher"
                : $"published by {Wording.Names(claimantNames)}, as the article states it",
            Case => "a grouping of events made by this dataset; each event carries its own standing",
            Actor a => $"an actor the article names (kind: {a.Kind.ToDisplayName()})",
            Place p => $"a place the article names (kind: {p.Kind.ToDisplayName()})",
            Source s => $"a document the article mentions (kind: {s.Kind.ToDisplayName()})",
            _ => "",
        };
    }

    /// <summary>
    /// The date a figure can be placed by: its own, or else its event's (with what the event's date is the date of);
    /// <see langword="null"/> when neither is dated. The figures tool's date filter uses it.
    /// </summary>
    public (PartialDateInterval Date, Event? From)? EffectiveDate(Figure figure) =>
        figure.Date is { } own ? (own, null)
        : figure.EventId is { } id && data.Events.TryGet(id, out var e) && e.Date is { } d ? (d, e)
        : null;

    /// <summary>A figure's date in words: its own date's reading, or that it has none and what its event's date is.</summary>
    public string FigureDate(Figure figure) => EffectiveDate(figure) switch
    {
        ({ } d, { } e) => Wording.EventDate(e.Id, d, e.DateMeaning),
        _ => Wording.Date(figure.Date, figure.DateDerivation),
    };

    /// <summary>The titles of sources, each with its id: "Constitution of Laos (constitution-of-laos-1991)".</summary>
    public List<string> SourceNames(IReadOnlyList<string> sourceIds) =>
        sourceIds.Select(id => data.Sources.TryGet(id, out var source) ? $"{source.Title} ({id})" : id).ToList();

    private static Standing? StandingCodeOf(DatasetRecord record) => record switch
    {
        Event e => e.Standing,
        Figure f => f.Standing,
        Claim c => c.Standing,
        _ => null,
    };

    /// <summary>A date with its reading.</summary>
    public static DateView DateView(PartialDateInterval date, string? derivation, DateMeaning meaning) => new()
    {
        Edtf = date.ToString(),
        Reading = Wording.Date(date, derivation, meaning),
        Meaning = Wording.Code(meaning),
        Earliest = date.Earliest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Latest = date.Latest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DerivedFrom = derivation,
    };

    private static AmountView Amount(Quantity quantity) => new()
    {
        Wording = quantity.Wording,
        Reading = Wording.Amount(quantity),
        Bound = Wording.Code(quantity.Bound),
        Value = quantity.Value,
        Minimum = quantity.Bound == QuantityBound.MoreThan ? quantity.Value : quantity.Minimum,
        MinimumExclusive = quantity.Bound == QuantityBound.MoreThan,
        Maximum = quantity.Maximum,
        Unit = Wording.Code(quantity.Unit),
    };

    private static string Ordinal(int n) =>
        n.ToString(CultureInfo.InvariantCulture) + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
