namespace LaosRights.Data;

/// <summary>"Where" filters: events by place, including the places inside it.</summary>
/// <remarks>
/// A place contains the places whose <see cref="Place.ParentId"/> chain leads to it: Wat Tham Krabok is in central
/// Thailand, which is in Thailand, so an event at Wat Tham Krabok is in Thailand. Events the article places nowhere
/// (empty <see cref="Event.PlaceIds"/>) never match. A place's containment set is built on its first query, in time
/// proportional to the places inside it, and kept with the dataset.
/// The place is given as a record or as an id or ISO 3166 code; since these filters have the dataset at hand, an id or
/// code that names no place of it is an <see cref="ArgumentException"/> that names it and the closest existing ids and
/// codes (<c>LocatedIn(data, "Thailand")</c>: "Did you mean 'thailand'?").
/// </remarks>
public static class PlaceQueries
{
    /// <summary>
    /// Keeps the events located in <paramref name="placeIdOrIsoCode"/> or in any place inside it.
    /// </summary>
    /// <param name="source">The events.</param>
    /// <param name="dataset">The dataset that holds the places (needed for containment).</param>
    /// <param name="placeIdOrIsoCode">A place id (<c>thailand</c>, <c>wat-tham-krabok</c>) or ISO 3166 code (<c>TH</c>, <c>LA-XI</c>; case-insensitive).</param>
    /// <returns>The matching events, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="dataset"/> or <paramref name="placeIdOrIsoCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="placeIdOrIsoCode"/> names no place of <paramref name="dataset"/>; the message names the closest ids and codes.</exception>
    public static IEnumerable<Event> LocatedIn(this IEnumerable<Event> source, LaosRightsDataset dataset, string placeIdOrIsoCode)
    {
        ArgumentNullException.ThrowIfNull(source);
        var inside = PlaceSet(dataset, placeIdOrIsoCode);
        return source.WithoutNulls(nameof(source)).Where(e => e.PlaceIds.Any(inside.Contains));
    }

    /// <summary>
    /// Keeps the events located in <paramref name="placeIdOrIsoCode"/> itself, not in a place inside it
    /// (for example events in Thailand that the article places no more precisely).
    /// </summary>
    /// <param name="source">The events.</param>
    /// <param name="dataset">The dataset that holds the places.</param>
    /// <param name="placeIdOrIsoCode">A place id or ISO 3166 code (case-insensitive).</param>
    /// <returns>The matching events, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="dataset"/> or <paramref name="placeIdOrIsoCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="placeIdOrIsoCode"/> names no place of <paramref name="dataset"/>; the message names the closest ids and codes.</exception>
    public static IEnumerable<Event> LocatedExactlyIn(this IEnumerable<Event> source, LaosRightsDataset dataset, string placeIdOrIsoCode)
    {
        ArgumentNullException.ThrowIfNull(source);
        var id = Resolve(dataset, placeIdOrIsoCode).Id;
        return source.WithoutNulls(nameof(source)).Where(e => e.PlaceIds.Contains(id));
    }

    /// <summary>Keeps the events located in <paramref name="place"/> or in any place inside it.</summary>
    /// <param name="source">The events.</param>
    /// <param name="dataset">The dataset that holds the places (needed for containment).</param>
    /// <param name="place">The place, e.g. <c>data.Places["thailand"]</c>.</param>
    /// <returns>The matching events, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="dataset"/> or <paramref name="place"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="place"/> is not a place of <paramref name="dataset"/> (no place there has its id).</exception>
    public static IEnumerable<Event> LocatedIn(this IEnumerable<Event> source, LaosRightsDataset dataset, Place place)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(dataset);
        var inside = dataset.PlaceIdsWithin(place);
        return source.WithoutNulls(nameof(source)).Where(e => e.PlaceIds.Any(inside.Contains));
    }

    /// <summary>Keeps the events located in <paramref name="place"/> itself, not in a place inside it.</summary>
    /// <param name="source">The events.</param>
    /// <param name="dataset">The dataset that holds the places.</param>
    /// <param name="place">The place.</param>
    /// <returns>The matching events, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="dataset"/> or <paramref name="place"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="place"/> is not a place of <paramref name="dataset"/>.</exception>
    public static IEnumerable<Event> LocatedExactlyIn(this IEnumerable<Event> source, LaosRightsDataset dataset, Place place)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(dataset);
        var id = DatasetNavigation.CheckIn(dataset.Places, place).Id;
        return source.WithoutNulls(nameof(source)).Where(e => e.PlaceIds.Contains(id));
    }

    private static IReadOnlySet<string> PlaceSet(LaosRightsDataset dataset, string placeIdOrIsoCode) =>
        dataset.PlaceIdsWithin(Resolve(dataset, placeIdOrIsoCode));

    private static Place Resolve(LaosRightsDataset dataset, string placeIdOrIsoCode)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(placeIdOrIsoCode);
        return dataset.FindPlace(placeIdOrIsoCode)
            ?? throw new ArgumentException(
                $"No place has the id or ISO 3166 code '{placeIdOrIsoCode}'."
                + Suggestions.DidYouMean(placeIdOrIsoCode, dataset.Places.SelectMany(p => p.Iso3166Code is { } code ? [p.Id, code] : new[] { p.Id })),
                nameof(placeIdOrIsoCode));
    }
}
