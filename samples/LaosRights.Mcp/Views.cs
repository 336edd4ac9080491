using System.ComponentModel;

namespace LaosRights.Mcp;

// The shapes of the tools' structured results. The output schemas that the tools declare are generated from these
// types with the same serializer options that write the results (snake_case names, nullable annotations respected),
// so the schema and the data cannot drift apart. Every record, whatever the tool, is a RecordView.

/// <summary>One record of the dataset as the tools return it.</summary>
internal sealed record RecordView
{
    [Description("The record's stable id (kebab-case); pass it to get_record.")]
    public required string Id { get; init; }

    [Description("The kind of record: event, case, figure, claim, quotation, score, ranking, actor, place or source.")]
    public required string Kind { get; init; }

    [Description("The record's summary, statement, title, name or what a figure counts, in the dataset's neutral words (never an allegation stated as fact).")]
    public required string Title { get; init; }

    [Description("How precise the record is, in words: its date ('year only: 1990', 'undated: the article gives no date') and for a figure its amount ('As many as 200,000: an upper bound (at most 200,000 people), not a count').")]
    public required string Precision { get; init; }

    [Description("Who stands behind the record and how firmly, in words ('stated by the article in its own voice', 'alleged; the article names no accuser', 'expected, not confirmed'); for actors, places and sources: what kind of thing the record is.")]
    public required string Standing { get; init; }

    [Description("The machine-readable standing (stated, reported, alleged, concern-raised, claimed, officially-stated, denied, disputed, documented, expected), or null for records that carry none (actors, places, sources, cases, scores, rankings).")]
    public required string? StandingCode { get; init; }

    [Description("The actors the article names as making, reporting or giving the record (empty when it names none).")]
    public required IReadOnlyList<ActorRef> Claimants { get; init; }

    [Description("The record's date, or null when it has none.")]
    public required DateView? Date { get; init; }

    [Description("For a figure: its amount; otherwise null.")]
    public required AmountView? Amount { get; init; }

    [Description("The human-rights topics of the record (kebab-case), empty when it carries none.")]
    public required IReadOnlyList<string> Topics { get; init; }

    [Description("The article's own words that prove the record, each with its section and position.")]
    public required IReadOnlyList<EvidenceView> Evidence { get; init; }
}

/// <summary>An actor named by id and name.</summary>
internal sealed record ActorRef
{
    [Description("The actor's id.")]
    public required string Id { get; init; }

    [Description("The actor's name.")]
    public required string Name { get; init; }
}

/// <summary>A date at the precision the article gives it.</summary>
internal sealed record DateView
{
    [Description("The date in EDTF (ISO 8601-2): 2009-09-25, 1999-10, 1990, 199X, 18XX; a range 2004/2005; open ends 1989/.. and ../2009-10.")]
    public required string Edtf { get; init; }

    [Description("The date in words with its precision and, unless it is when the thing happened, what it is the date of, e.g. 'year only: 1990', 'range: 2004 to 2005 (years only)', 'open-ended: 1989 onwards (year only); no end given', 'no start given: by October 2009 (month only); the date it was expected, not that it happened'.")]
    public required string Reading { get; init; }

    [Description("What the date is the date of: happened, published, reported, submitted, promulgated, edition, expected (not that it happened), deadline (not when it happened) or said.")]
    public required string Meaning { get; init; }

    [Description("The first day the date may mean (ISO yyyy-MM-dd), or null when its start is open.")]
    public required string? Earliest { get; init; }

    [Description("The last day the date may mean (ISO yyyy-MM-dd), or null when its end is open.")]
    public required string? Latest { get; init; }

    [Description("How the date was derived when the article does not state it, or null when the article states it.")]
    public required string? DerivedFrom { get; init; }
}

/// <summary>A figure's amount as the article gives it.</summary>
internal sealed record AmountView
{
    [Description("The article's words for the amount, e.g. 'As many as 200,000'.")]
    public required string Wording { get; init; }

    [Description("The amount in words that say how to read it, e.g. 'an upper bound (at most 200,000 people), not a count'.")]
    public required string Reading { get; init; }

    [Description("How the number is to be read: exact, approximate, at-least, more-than, at-most, between or unquantified.")]
    public required string Bound { get; init; }

    [Description("The number the article states, or null when it states none ('thousands').")]
    public required long? Value { get; init; }

    [Description("The smallest amount the words allow, or null when they set none.")]
    public required long? Minimum { get; init; }

    [Description("The largest amount the words allow, or null when they set none.")]
    public required long? Maximum { get; init; }

    [Description("What is counted: people or years.")]
    public required string Unit { get; init; }
}

/// <summary>A verbatim quote from the article with where it stands.</summary>
internal sealed record EvidenceView
{
    [Description("The article's exact words.")]
    public required string Quote { get; init; }

    [Description("The innermost section heading that holds the quote.")]
    public required string Section { get; init; }

    [Description("The headings from the article title down to the section.")]
    public required IReadOnlyList<string> SectionPath { get; init; }

    [Description("Where the quote starts in the article text (UTF-16 code units; the article resource's text).")]
    public required int Start { get; init; }

    [Description("The quote's length in UTF-16 code units.")]
    public required int Length { get; init; }
}

/// <summary>A link from one record to another.</summary>
internal sealed record LinkView
{
    [Description("How the linked record relates to this one, e.g. 'actor (affected)', 'claimant', 'place', 'source', 'event of this case', 'case containing this event', 'figure of this event', 'follows', 'responds to'.")]
    public required string Relation { get; init; }

    [Description("The linked record's id; pass it to get_record.")]
    public required string Id { get; init; }

    [Description("The linked record's kind.")]
    public required string Kind { get; init; }

    [Description("The linked record's summary, name or title.")]
    public required string Title { get; init; }
}

/// <summary>What every result carries about the source.</summary>
internal static class AttributionText
{
    public const string Description = "The attribution that any answer built on these records must carry (CC BY-SA 4.0).";
}

/// <summary>The result of search_records.</summary>
internal sealed record SearchResult
{
    [Description("The words searched for.")]
    public required string Query { get; init; }

    [Description("The filters applied, in words.")]
    public required IReadOnlyList<string> Filters { get; init; }

    [Description("How many records match in all.")]
    public required int TotalMatches { get; init; }

    [Description("The matching records, best first (most words matched in titles, then in the article's order), at most 'limit'.")]
    public required IReadOnlyList<RecordView> Records { get; init; }

    [Description(AttributionText.Description)]
    public required string Attribution { get; init; }
}

/// <summary>The result of get_record.</summary>
internal sealed record GetRecordResult
{
    [Description("The record.")]
    public required RecordView Record { get; init; }

    [Description("The records it links to and that link to it.")]
    public required IReadOnlyList<LinkView> Links { get; init; }

    [Description(AttributionText.Description)]
    public required string Attribution { get; init; }
}

/// <summary>One entry of the chronology.</summary>
internal sealed record ChronologyEntryView
{
    [Description("The entry's place in the whole chronology, from 1.")]
    public required int Position { get; init; }

    [Description("How the entry is placed: stated (its own date, as the article states it), derived (its own date, derived from the article's words), sequence (an undated event placed by the article's links and the dated reports that tell it) or narrative (nothing places it in time; it keeps the place where the article tells it, after every placed entry).")]
    public required string PlacementCode { get; init; }

    [Description("How the entry is placed, in words, with the rule for a derived date or the links for a sequence-placed event.")]
    public required string Placement { get; init; }

    [Description("The date that places the entry: the record's own date, or for an event placed by the sequence the interval its links allow ('in or after 1996'); null when no date places it.")]
    public required DateView? PlacedBy { get; init; }

    [Description("The record.")]
    public required RecordView Record { get; init; }
}

/// <summary>The result of chronology.</summary>
internal sealed record ChronologyResult
{
    [Description("The filters applied, in words.")]
    public required IReadOnlyList<string> Filters { get; init; }

    [Description("How many entries match in all.")]
    public required int TotalMatches { get; init; }

    [Description("The entries in the chronology's order (dated records and events placed by the article's sequence, then the events nothing places, in the article's order), at most 'limit'.")]
    public required IReadOnlyList<ChronologyEntryView> Entries { get; init; }

    [Description(AttributionText.Description)]
    public required string Attribution { get; init; }
}

/// <summary>The result of figures.</summary>
internal sealed record FiguresResult
{
    [Description("The filters applied, in words.")]
    public required IReadOnlyList<string> Filters { get; init; }

    [Description("How many figures match in all.")]
    public required int TotalMatches { get; init; }

    [Description("The figures, in the order the article gives them, at most 'limit'.")]
    public required IReadOnlyList<RecordView> Figures { get; init; }

    [Description(AttributionText.Description)]
    public required string Attribution { get; init; }
}

/// <summary>Claims with one standing, within a claimant group.</summary>
internal sealed record StandingGroup
{
    [Description("The machine-readable standing, e.g. concern-raised.")]
    public required string StandingCode { get; init; }

    [Description("The standing in words, naming the claimants.")]
    public required string Standing { get; init; }

    [Description("The claims, in the article's order.")]
    public required IReadOnlyList<RecordView> Claims { get; init; }
}

/// <summary>Claims made by one claimant (or one group of joint claimants).</summary>
internal sealed record ClaimantGroup
{
    [Description("Who makes the claims, in words; 'no claimant named in the article' when the article names nobody.")]
    public required string Claimant { get; init; }

    [Description("The actors making the claims jointly; empty when the article names nobody.")]
    public required IReadOnlyList<ActorRef> Claimants { get; init; }

    [Description("Their claims, grouped by standing.")]
    public required IReadOnlyList<StandingGroup> Standings { get; init; }
}

/// <summary>The result of who_says.</summary>
internal sealed record WhoSaysResult
{
    [Description("The filters applied, in words.")]
    public required IReadOnlyList<string> Filters { get; init; }

    [Description("How many claims match in all.")]
    public required int TotalMatches { get; init; }

    [Description("The claims grouped by claimant (named claimants first, in the article's order) and standing.")]
    public required IReadOnlyList<ClaimantGroup> Groups { get; init; }

    [Description(AttributionText.Description)]
    public required string Attribution { get; init; }
}
