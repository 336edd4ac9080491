namespace LaosRights.Data;

/// <summary>
/// "Who" filters: events by the actors in them and their roles; claims, events and figures by who makes them.
/// </summary>
/// <remarks>
/// <para>
/// Deferred like LINQ; arguments are checked when the method is called. Actors are matched by id (ordinal,
/// case-sensitive), exactly: a body that is part of an actor (<see cref="Actor.ParentId"/>) is not the actor.
/// For everything about one actor at once, see <see cref="DatasetNavigation.InvolvementOf(LaosRightsDataset, Actor)"/>.
/// </para>
/// <para>
/// Every filter takes the actor either as a record (<c>Involving(data.Actors["thai-military"])</c>) or as an id
/// (<c>Involving("thai-military")</c>). These filters see only a sequence of records, not the dataset, so they cannot
/// know which ids exist: <b>an id that names no actor matches nothing</b>, silently. To have a mistyped id reported,
/// pass the record: the dataset's lookup <c>data.Actors["thai-militray"]</c> throws <see cref="KeyNotFoundException"/>
/// naming the id and the closest existing ones ("Did you mean 'thai-military'?").
/// </para>
/// </remarks>
public static class ActorQueries
{
    /// <summary>Keeps the events in which the actor <paramref name="actorId"/> has a part (<see cref="Event.Actors"/>), in any role; an id that names no actor matches nothing.</summary>
    /// <param name="source">The events.</param>
    /// <param name="actorId">The actor's id, e.g. <c>government-of-thailand</c>.</param>
    /// <returns>The matching events, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="actorId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actorId"/> is empty or white space.</exception>
    public static IEnumerable<Event> Involving(this IEnumerable<Event> source, string actorId)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        return source.WithoutNulls(nameof(source)).Where(e => e.Actors.Any(a => a.ActorId == actorId));
    }

    /// <summary>Keeps the events in which the actor <paramref name="actorId"/> has the part <paramref name="role"/>.</summary>
    /// <param name="source">The events.</param>
    /// <param name="actorId">The actor's id.</param>
    /// <param name="role">The role, e.g. <see cref="ActorRole.Affected"/> or <see cref="ActorRole.Protested"/>.</param>
    /// <returns>The matching events, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="actorId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actorId"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined <see cref="ActorRole"/>.</exception>
    public static IEnumerable<Event> Involving(this IEnumerable<Event> source, string actorId, ActorRole role)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        QueryChecks.Defined(role);
        return source.WithoutNulls(nameof(source)).Where(e => e.Actors.Contains(new EventActor(actorId, role)));
    }

    /// <summary>Keeps the claims that <paramref name="actorId"/> makes (it is among <see cref="Claim.ClaimantIds"/>).</summary>
    /// <param name="source">The claims.</param>
    /// <param name="actorId">The claimant's id, e.g. <c>amnesty-international</c>.</param>
    /// <returns>The matching claims, in the order of <paramref name="source"/>; claims with no named claimant never match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="actorId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actorId"/> is empty or white space.</exception>
    public static IEnumerable<Claim> ClaimedBy(this IEnumerable<Claim> source, string actorId)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        return source.WithoutNulls(nameof(source)).Where(c => c.ClaimantIds.Contains(actorId));
    }

    /// <summary>Keeps the events that <paramref name="actorId"/> claims, reports or raises (it is among <see cref="Event.ClaimantIds"/>).</summary>
    /// <param name="source">The events.</param>
    /// <param name="actorId">The claimant's id, e.g. <c>new-york-times</c>.</param>
    /// <returns>The matching events, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="actorId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actorId"/> is empty or white space.</exception>
    public static IEnumerable<Event> ClaimedBy(this IEnumerable<Event> source, string actorId)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        return source.WithoutNulls(nameof(source)).Where(e => e.ClaimantIds.Contains(actorId));
    }

    /// <summary>Keeps the figures that <paramref name="actorId"/> gives (it is among <see cref="Figure.ClaimantIds"/>).</summary>
    /// <param name="source">The figures.</param>
    /// <param name="actorId">The claimant's id.</param>
    /// <returns>The matching figures, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="actorId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actorId"/> is empty or white space.</exception>
    public static IEnumerable<Figure> ClaimedBy(this IEnumerable<Figure> source, string actorId)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        return source.WithoutNulls(nameof(source)).Where(f => f.ClaimantIds.Contains(actorId));
    }

    /// <summary>Keeps the claims whose claimant the article does not name ("has been accused of", "allegations … surfaced").</summary>
    /// <param name="source">The claims.</param>
    /// <returns>The claims with an empty <see cref="Claim.ClaimantIds"/>, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static IEnumerable<Claim> WithoutNamedClaimant(this IEnumerable<Claim> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.WithoutNulls(nameof(source)).Where(c => c.ClaimantIds.Count == 0);
    }

    /// <summary>Keeps the claims about <paramref name="actorId"/> (it is among <see cref="Claim.SubjectIds"/>).</summary>
    /// <param name="source">The claims.</param>
    /// <param name="actorId">The subject's id, e.g. <c>government-of-laos</c>.</param>
    /// <returns>The matching claims, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="actorId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actorId"/> is empty or white space.</exception>
    public static IEnumerable<Claim> About(this IEnumerable<Claim> source, string actorId)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        return source.WithoutNulls(nameof(source)).Where(c => c.SubjectIds.Contains(actorId));
    }

    /// <summary>Keeps the events in which <paramref name="actor"/> has a part (<see cref="Event.Actors"/>), in any role.</summary>
    /// <param name="source">The events.</param>
    /// <param name="actor">The actor, e.g. <c>data.Actors["government-of-thailand"]</c>; matched by its id.</param>
    /// <returns>The matching events, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="actor"/> is null.</exception>
    public static IEnumerable<Event> Involving(this IEnumerable<Event> source, Actor actor) => Involving(source, IdOf(source, actor));

    /// <summary>Keeps the events in which <paramref name="actor"/> has the part <paramref name="role"/>.</summary>
    /// <param name="source">The events.</param>
    /// <param name="actor">The actor; matched by its id.</param>
    /// <param name="role">The role, e.g. <see cref="ActorRole.Affected"/>.</param>
    /// <returns>The matching events, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined <see cref="ActorRole"/>.</exception>
    public static IEnumerable<Event> Involving(this IEnumerable<Event> source, Actor actor, ActorRole role) => Involving(source, IdOf(source, actor), role);

    /// <summary>Keeps the claims that <paramref name="actor"/> makes (it is among <see cref="Claim.ClaimantIds"/>).</summary>
    /// <param name="source">The claims.</param>
    /// <param name="actor">The claimant, e.g. <c>data.Actors["amnesty-international"]</c>; matched by its id.</param>
    /// <returns>The matching claims, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="actor"/> is null.</exception>
    public static IEnumerable<Claim> ClaimedBy(this IEnumerable<Claim> source, Actor actor) => ClaimedBy(source, IdOf(source, actor));

    /// <summary>Keeps the events that <paramref name="actor"/> claims, reports or raises (it is among <see cref="Event.ClaimantIds"/>).</summary>
    /// <param name="source">The events.</param>
    /// <param name="actor">The claimant; matched by its id.</param>
    /// <returns>The matching events, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="actor"/> is null.</exception>
    public static IEnumerable<Event> ClaimedBy(this IEnumerable<Event> source, Actor actor) => ClaimedBy(source, IdOf(source, actor));

    /// <summary>Keeps the figures that <paramref name="actor"/> gives (it is among <see cref="Figure.ClaimantIds"/>).</summary>
    /// <param name="source">The figures.</param>
    /// <param name="actor">The claimant; matched by its id.</param>
    /// <returns>The matching figures, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="actor"/> is null.</exception>
    public static IEnumerable<Figure> ClaimedBy(this IEnumerable<Figure> source, Actor actor) => ClaimedBy(source, IdOf(source, actor));

    /// <summary>Keeps the claims about <paramref name="actor"/> (it is among <see cref="Claim.SubjectIds"/>).</summary>
    /// <param name="source">The claims.</param>
    /// <param name="actor">The subject, e.g. <c>data.Actors["government-of-laos"]</c>; matched by its id.</param>
    /// <returns>The matching claims, in the order of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="actor"/> is null.</exception>
    public static IEnumerable<Claim> About(this IEnumerable<Claim> source, Actor actor) => About(source, IdOf(source, actor));

    // Checks the arguments in their order (source, then actor) and gives the id to match.
    private static string IdOf<T>(IEnumerable<T> source, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Id;
    }
}
