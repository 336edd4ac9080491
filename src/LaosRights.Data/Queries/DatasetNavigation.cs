namespace LaosRights.Data;

/// <summary>
/// Navigation between records: from an event to its case, sources, figures, claims, quotations and related events;
/// from a case to its events in order; from an actor to everything it is involved in; from a place to the places inside it.
/// </summary>
/// <remarks>
/// <para>
/// Lookups by id go through <see cref="RecordCollection{T}"/> and are O(1). The reverse links (event to case,
/// event to figures, actor to records, place to the places inside it) come from an index that is built once per
/// dataset, on the first call that needs it, by a single scan; it is thread-safe and lives as long as the dataset.
/// No method rescans the dataset per call.
/// </para>
/// <para>
/// A record passed in is found in the dataset by its id, so a record from another dataset with the same
/// id (or a <c>with</c> copy) works; a record whose id is not in the dataset is an <see cref="ArgumentException"/>.
/// Every list returned is read-only, in file order unless said otherwise, and empty (never null) when there is nothing.
/// </para>
/// </remarks>
public static class DatasetNavigation
{
    /// <summary>Gets the cases that <paramref name="evt"/> belongs to.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="evt">The event.</param>
    /// <returns>The cases listing the event, in file order; empty when it belongs to none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="evt"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="evt"/> is not an event of <paramref name="dataset"/>.</exception>
    public static IReadOnlyList<Case> CasesOf(this LaosRightsDataset dataset, Event evt)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        CheckIn(dataset.Events, evt);
        return DatasetIndex.For(dataset).CasesOf(evt.Id);
    }

    /// <summary>Gets the case that <paramref name="evt"/> belongs to, or <see langword="null"/>.</summary>
    /// <remarks>In the shipped data an event belongs to at most one case; if a dataset puts it in several, this is the first in file order (see <see cref="CasesOf"/>).</remarks>
    /// <param name="dataset">The dataset.</param>
    /// <param name="evt">The event.</param>
    /// <returns>The case, or <see langword="null"/> when the event is in none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="evt"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="evt"/> is not an event of <paramref name="dataset"/>.</exception>
    public static Case? CaseOf(this LaosRightsDataset dataset, Event evt)
    {
        var cases = CasesOf(dataset, evt);
        return cases.Count == 0 ? null : cases[0];
    }

    /// <summary>Gets the events of <paramref name="case"/> in the order of the story (<see cref="Case.EventIds"/>).</summary>
    /// <remarks>For calendar order, which puts undated events last, use <see cref="TimeQueries.InChronologicalOrder"/> on the result.</remarks>
    /// <param name="dataset">The dataset.</param>
    /// <param name="case">The case.</param>
    /// <returns>The events, each looked up in O(1).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="case"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="case"/> is not a case of <paramref name="dataset"/>.</exception>
    public static IReadOnlyList<Event> EventsOf(this LaosRightsDataset dataset, Case @case)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var known = CheckIn(dataset.Cases, @case, nameof(@case));
        return Array.AsReadOnly(known.EventIds.Select(id => dataset.Events[id]).ToArray());
    }

    /// <summary>Gets the sources <paramref name="evt"/> is reported in or concerns (<see cref="Event.SourceIds"/>).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="evt">The event.</param>
    /// <returns>The sources in the order the event lists them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="evt"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="evt"/> is not an event of <paramref name="dataset"/>.</exception>
    public static IReadOnlyList<Source> SourcesOf(this LaosRightsDataset dataset, Event evt)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var known = CheckIn(dataset.Events, evt);
        return Array.AsReadOnly(known.SourceIds.Select(id => dataset.Sources[id]).ToArray());
    }

    /// <summary>
    /// Gets the events related to <paramref name="evt"/> in either direction: first those it links to
    /// (<see cref="Event.Related"/>, in its order), then those that link to it (in file order), each once.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="evt">The event.</param>
    /// <returns>The related events; the kinds of link are in <see cref="Event.Related"/> of the linking event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="evt"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="evt"/> is not an event of <paramref name="dataset"/>.</exception>
    public static IReadOnlyList<Event> RelatedEventsOf(this LaosRightsDataset dataset, Event evt)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var known = CheckIn(dataset.Events, evt);
        return Array.AsReadOnly(known.Related.Select(r => dataset.Events[r.EventId])
            .Concat(DatasetIndex.For(dataset).EventsLinkingTo(known.Id))
            .DistinctBy(e => e.Id, StringComparer.Ordinal)
            .ToArray());
    }

    /// <summary>Gets the figures that belong to <paramref name="evt"/> (<see cref="Figure.EventId"/>).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="evt">The event.</param>
    /// <returns>The figures in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="evt"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="evt"/> is not an event of <paramref name="dataset"/>.</exception>
    public static IReadOnlyList<Figure> FiguresOf(this LaosRightsDataset dataset, Event evt)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return DatasetIndex.For(dataset).FiguresOf(CheckIn(dataset.Events, evt).Id);
    }

    /// <summary>Gets the claims that belong to <paramref name="evt"/> (<see cref="Claim.EventIds"/>).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="evt">The event.</param>
    /// <returns>The claims in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="evt"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="evt"/> is not an event of <paramref name="dataset"/>.</exception>
    public static IReadOnlyList<Claim> ClaimsOf(this LaosRightsDataset dataset, Event evt)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return DatasetIndex.For(dataset).ClaimsOf(CheckIn(dataset.Events, evt).Id);
    }

    /// <summary>Gets the quotations said in <paramref name="evt"/> (<see cref="Quotation.EventId"/>).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="evt">The event.</param>
    /// <returns>The quotations in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="evt"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="evt"/> is not an event of <paramref name="dataset"/>.</exception>
    public static IReadOnlyList<Quotation> QuotationsOf(this LaosRightsDataset dataset, Event evt)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return DatasetIndex.For(dataset).QuotationsOf(CheckIn(dataset.Events, evt).Id);
    }

    /// <summary>Gets everything <paramref name="actor"/> is involved in; see <see cref="ActorInvolvement"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="actor">The actor.</param>
    /// <returns>The actor's events, cases, claims, figures, quotations and sources. O(1) after the index is built.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is not an actor of <paramref name="dataset"/>.</exception>
    public static ActorInvolvement InvolvementOf(this LaosRightsDataset dataset, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return DatasetIndex.For(dataset).InvolvementOf(CheckIn(dataset.Actors, actor));
    }

    /// <summary>Gets everything the actor with id <paramref name="actorId"/> is involved in; see <see cref="ActorInvolvement"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="actorId">The actor's id (ordinal, case-sensitive), e.g. <c>thai-military</c>.</param>
    /// <returns>The actor's events, cases, claims, figures, quotations and sources. O(1) after the index is built.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="actorId"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// No actor of <paramref name="dataset"/> has the id <paramref name="actorId"/>; the message names it and the closest
    /// existing ids ("No actor has the id 'thai-militray'. Did you mean 'thai-military'?").
    /// </exception>
    public static ActorInvolvement InvolvementOf(this LaosRightsDataset dataset, string actorId)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(actorId);
        return dataset.Actors.TryGet(actorId, out var actor)
            ? DatasetIndex.For(dataset).InvolvementOf(actor)
            : throw new ArgumentException($"No actor has the id '{actorId}'." + Suggestions.DidYouMean(actorId, dataset.Actors.Select(a => a.Id)), nameof(actorId));
    }

    /// <summary>
    /// Gets the article's section headed <paramref name="heading"/>, for <see cref="SubjectQueries.InSection{T}(IEnumerable{T}, ArticleSection)"/>.
    /// </summary>
    /// <param name="dataset">The dataset whose article (<see cref="LaosRightsDataset.Article"/>) is searched.</param>
    /// <param name="heading">The heading exactly as in the article (ordinal), e.g. <c>Freedom of religion</c>; the article's title is its top section.</param>
    /// <returns>The section; the first in the article's order if several have that heading.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="heading"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// No section has that heading; the message names it and the closest headings
    /// ("No section of the article is headed 'freedom of religion'. Did you mean 'Freedom of religion'?").
    /// </exception>
    public static ArticleSection GetSection(this LaosRightsDataset dataset, string heading)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(heading);
        var sections = dataset.Article.Sections;
        return sections.FirstOrDefault(s => string.Equals(s.Title, heading, StringComparison.Ordinal))
            ?? throw new ArgumentException(
                $"No section of the article is headed '{heading}'." + Suggestions.DidYouMean(heading, sections.Select(s => s.Title)),
                nameof(heading));
    }

    /// <summary>
    /// Finds a place by its id (<c>wat-tham-krabok</c>) or by its ISO 3166 code (<c>TH</c>, <c>LA-XI</c>; case-insensitive). O(1).
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="idOrIsoCode">A place id (ordinal, case-sensitive) or an ISO 3166-1 alpha-2 / ISO 3166-2 code.</param>
    /// <returns>The place, or <see langword="null"/> when none has that id or code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="idOrIsoCode"/> is null.</exception>
    public static Place? FindPlace(this LaosRightsDataset dataset, string idOrIsoCode)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(idOrIsoCode);
        return DatasetIndex.For(dataset).FindPlace(idOrIsoCode);
    }

    /// <summary>
    /// Gets the ids of <paramref name="place"/> and of every place inside it, at any depth (Thailand, central Thailand,
    /// Wat Tham Krabok, …). The set is built on the first call for each place, in time proportional to its size, and
    /// kept with the dataset; membership tests are O(1).
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="place">The place.</param>
    /// <returns>A read-only set of place ids (ordinal) that always contains the place's own id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="place"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="place"/> is not a place of <paramref name="dataset"/>.</exception>
    public static IReadOnlySet<string> PlaceIdsWithin(this LaosRightsDataset dataset, Place place)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return DatasetIndex.For(dataset).PlaceAndInside(CheckIn(dataset.Places, place).Id);
    }

    /// <summary>Gets the places that contain <paramref name="place"/>, innermost first (Wat Tham Krabok: central Thailand, Thailand).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="place">The place.</param>
    /// <returns>The containing places, without the place itself; empty for a country.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="place"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="place"/> is not a place of <paramref name="dataset"/>.</exception>
    public static IReadOnlyList<Place> ContainersOf(this LaosRightsDataset dataset, Place place)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var current = CheckIn(dataset.Places, place);
        var result = new List<Place>();
        while (current.ParentId is { } parentId && dataset.Places.TryGet(parentId, out var parent) && result.Count < dataset.Places.Count)
        {
            result.Add(parent);
            current = parent;
        }

        return result.AsReadOnly();
    }

    internal static T CheckIn<T>(RecordCollection<T> collection, T record, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(record))] string? paramName = null)
        where T : DatasetRecord
    {
        ArgumentNullException.ThrowIfNull(record, paramName);
        return collection.TryGet(record.Id, out var known)
            ? known
            : throw new ArgumentException($"No {typeof(T).Name} with id '{record.Id}' is in this dataset.", paramName);
    }
}
