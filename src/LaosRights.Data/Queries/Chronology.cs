using System.Runtime.CompilerServices;

namespace LaosRights.Data;

/// <summary>
/// One chronology of everything the article dates (events, sources, claims, quotations, figures, scores and rankings),
/// with the undated events placed where the article's own words put them, and the filters that compose with it.
/// </summary>
/// <remarks>
/// <para>
/// <b>What is in it.</b> Every event, dated or not, and every record of another kind that has a date. Undated sources,
/// claims, quotations and figures are not in it (reach them from their events with <see cref="DatasetNavigation"/>).
/// </para>
/// <para>
/// <b>What places an entry.</b> Its own date (<see cref="ChronologyPlacement.Stated"/>, or
/// <see cref="ChronologyPlacement.Derived"/> with the record's derivation). An undated event is placed by
/// <see cref="ChronologyPlacement.Sequence"/>: its <see cref="EventRelationKind.Follows"/> and
/// <see cref="EventRelationKind.RespondsTo"/> links (it is no earlier than what it follows or responds to, and no later
/// than what follows it), and the dated reports that tell it (an undated event in the <see cref="Event.SourceIds"/> of a
/// dated magazine article, newspaper or news report, report or documentary happened no later than that source). A report
/// dates what it tells, not when what it tells will happen: that something was reported as still to come does not bound
/// what follows it (the article dates The New York Times' report of the Thai military "preparing", not the facts in it). Each
/// constraint is a <see cref="ChronologyBound"/> with its rule and the article's words; the interval they allow becomes
/// the entry's <see cref="ChronologyEntry.Date"/>. An undated event that nothing links to a placed entry is
/// <see cref="ChronologyPlacement.Narrative"/> and comes after every placed entry, in the order the article tells it.
/// The time filters (<see cref="TimeQueries.InYear{T}(IEnumerable{T}, int, DateMatch)"/>,
/// <see cref="TimeQueries.During{T}(IEnumerable{T}, NodaTime.DateInterval, DateMatch)"/>) read that placing date: a
/// sequence-placed event possibly falls in a period its bounds overlap and certainly in one that holds them.
/// A case's order of events is the order of its story and is not read as a constraint: where the article does not
/// order two of a case's events (a detainee who died, another released), the links do not either.
/// </para>
/// <para>
/// <b>The order</b> is a topological order of the constraints (a linear extension: nothing comes before what it
/// follows), total and stable: among the entries free to come next, the one with the earliest anchor day comes first
/// (a date's first possible day; for a date known only as "by X", the last day of X, when it is due); at the same anchor,
/// records with a date of their own first, by the whole date (<see cref="PartialDateInterval.CompareTo(PartialDateInterval)"/>);
/// then events before sources, claims, quotations, figures, scores and rankings (<see cref="ChronologyRecordKind"/>
/// order); then the narrative position, then the id. An event placed by the sequence is anchored at the first day its
/// lower bound allows, or else at the anchor of what it follows, or else (bounded only from above) at the anchor of what
/// it precedes.
/// </para>
/// <para>The chronology of a dataset is built once, on first use, and cached (thread-safe); it is immutable.</para>
/// </remarks>
public static class ChronologyQueries
{
    private static readonly ConditionalWeakTable<LaosRightsDataset, IReadOnlyList<ChronologyEntry>> Cache = new();

    /// <summary>Gets the chronology of <paramref name="dataset"/>, built once per dataset (see <see cref="ChronologyQueries"/>).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The entries in chronological order; <see cref="ChronologyEntry.Position"/> is each entry's index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// The links of the dataset form a cycle, or contradict its dates (an event follows one whose earliest day is after
    /// its own latest day). The shipped dataset has neither; a test proves it.
    /// </exception>
    public static IReadOnlyList<ChronologyEntry> Chronology(this LaosRightsDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Cache.GetValue(dataset, static d => ChronologyBuilder.Build(d));
    }

    /// <summary>Keeps the entries whose record is of one of <paramref name="kinds"/>.</summary>
    /// <param name="source">The entries.</param>
    /// <param name="kinds">The kinds to keep; at least one.</param>
    /// <returns>The matching entries, in the order of <paramref name="source"/> (deferred).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="kinds"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kinds"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A kind is not a defined value.</exception>
    public static IEnumerable<ChronologyEntry> OfKind(this IEnumerable<ChronologyEntry> source, params ChronologyRecordKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Length == 0)
        {
            throw new ArgumentException("Give at least one kind of record.", nameof(kinds));
        }

        foreach (var kind in kinds)
        {
            QueryChecks.Defined(kind, nameof(kinds));
        }

        var set = kinds.ToHashSet();
        return source.WithoutNulls(nameof(source)).Where(e => set.Contains(e.Kind));
    }

    /// <summary>
    /// Keeps the entries that involve <paramref name="actorId"/>: an event's actors and claimants; a claim's claimants and
    /// subjects; a source's authors, publisher and recipient; a quotation's speaker and subjects; a figure's claimants;
    /// a score's or ranking's publisher.
    /// </summary>
    /// <param name="source">The entries.</param>
    /// <param name="actorId">The actor id.</param>
    /// <returns>The matching entries (deferred).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="actorId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actorId"/> is empty or white space.</exception>
    public static IEnumerable<ChronologyEntry> Involving(this IEnumerable<ChronologyEntry> source, string actorId)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        return source.WithoutNulls(nameof(source)).Where(e => e.Record switch
        {
            Event ev => ev.Actors.Any(a => a.ActorId == actorId) || ev.ClaimantIds.Contains(actorId),
            Claim c => c.ClaimantIds.Contains(actorId) || c.SubjectIds.Contains(actorId),
            Source s => s.AuthorIds.Contains(actorId) || s.PublisherId == actorId || s.RecipientId == actorId,
            Quotation q => q.SpeakerId == actorId || q.SubjectIds.Contains(actorId),
            Figure f => f.ClaimantIds.Contains(actorId),
            Score sc => sc.PublisherId == actorId,
            Ranking r => r.PublisherId == actorId,
            _ => false,
        });
    }

    /// <summary>
    /// Keeps the entries where <paramref name="actorId"/> has <paramref name="role"/>: an event's actors with that role;
    /// for the other kinds, <see cref="ActorRole.Reported"/> matches who gives the account (a source's authors and
    /// publisher, a claim's or figure's claimants, a quotation's speaker) and <see cref="ActorRole.Recipient"/> a
    /// source's recipient. No other role matches a record other than an event.
    /// </summary>
    /// <param name="source">The entries.</param>
    /// <param name="actorId">The actor id.</param>
    /// <param name="role">The role.</param>
    /// <returns>The matching entries (deferred).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="actorId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actorId"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined value.</exception>
    public static IEnumerable<ChronologyEntry> Involving(this IEnumerable<ChronologyEntry> source, string actorId, ActorRole role)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        QueryChecks.Defined(role);
        return source.WithoutNulls(nameof(source)).Where(e => e.Record switch
        {
            Event ev => ev.Actors.Contains(new EventActor(actorId, role)),
            Source s => role switch
            {
                ActorRole.Reported => s.AuthorIds.Contains(actorId) || s.PublisherId == actorId,
                ActorRole.Recipient => s.RecipientId == actorId,
                _ => false,
            },
            Claim c => role == ActorRole.Reported && c.ClaimantIds.Contains(actorId),
            Figure f => role == ActorRole.Reported && f.ClaimantIds.Contains(actorId),
            Quotation q => role == ActorRole.Reported && q.SpeakerId == actorId,
            _ => false,
        });
    }

    /// <summary>
    /// Keeps the entries placed in <paramref name="placeIdOrIsoCode"/> or a place inside it: an event's places; a claim's,
    /// figure's or quotation's events' places; a score's or ranking's subject. Sources have no place.
    /// </summary>
    /// <param name="source">The entries.</param>
    /// <param name="dataset">The dataset the entries come from (for the places and the events of claims, figures and quotations).</param>
    /// <param name="placeIdOrIsoCode">A place id (<c>wat-tham-krabok</c>) or ISO 3166 code (<c>TH</c>, <c>LA-XI</c>).</param>
    /// <returns>The matching entries (deferred).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No place has the id or code.</exception>
    public static IEnumerable<ChronologyEntry> LocatedIn(this IEnumerable<ChronologyEntry> source, LaosRightsDataset dataset, string placeIdOrIsoCode)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(placeIdOrIsoCode);
        var place = dataset.FindPlace(placeIdOrIsoCode)
            ?? throw new ArgumentException($"No place has the id or ISO 3166 code '{placeIdOrIsoCode}'.", nameof(placeIdOrIsoCode));
        var inside = dataset.PlaceIdsWithin(place);
        bool InEvents(IEnumerable<string> eventIds) =>
            eventIds.Any(id => dataset.Events.TryGet(id, out var ev) && ev.PlaceIds.Any(inside.Contains));
        return source.WithoutNulls(nameof(source)).Where(e => e.Record switch
        {
            Event ev => ev.PlaceIds.Any(inside.Contains),
            Claim c => InEvents(c.EventIds),
            Figure f => f.EventId is { } id && InEvents([id]),
            Quotation q => q.EventId is { } id && InEvents([id]),
            Score sc => inside.Contains(sc.SubjectId),
            Ranking r => inside.Contains(r.SubjectId),
            _ => false,
        });
    }

    /// <summary>
    /// Keeps the entries about <paramref name="topic"/>: an event's or claim's topics; a figure's or quotation's event's
    /// topics. Sources, scores and rankings carry no topic.
    /// </summary>
    /// <param name="source">The entries.</param>
    /// <param name="dataset">The dataset the entries come from (for the events of figures and quotations).</param>
    /// <param name="topic">The topic.</param>
    /// <returns>The matching entries (deferred).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="topic"/> is not a defined value.</exception>
    public static IEnumerable<ChronologyEntry> WithTopic(this IEnumerable<ChronologyEntry> source, LaosRightsDataset dataset, Topic topic)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(dataset);
        QueryChecks.Defined(topic);
        bool OfEvent(string? id) => id is not null && dataset.Events.TryGet(id, out var ev) && ev.Topics.Contains(topic);
        return source.WithoutNulls(nameof(source)).Where(e => e.Record switch
        {
            Event ev => ev.Topics.Contains(topic),
            Claim c => c.Topics.Contains(topic),
            Figure f => OfEvent(f.EventId),
            Quotation q => OfEvent(q.EventId),
            _ => false,
        });
    }
}
