namespace LaosRights.Data;

/// <summary>
/// "Who" filters: events by the actors in them and their roles; claims, events and figures by who makes them.
/// </summary>
/// <remarks>
/// Deferred like LINQ; arguments are checked when the method is called. Actors are matched by id (ordinal,
/// case-sensitive), exactly: a body that is part of an actor (<see cref="Actor.ParentId"/>) is not the actor.
/// An id that names no actor matches nothing. For everything about one actor at once, see
/// <see cref="DatasetNavigation.InvolvementOf(LaosRightsDataset, Actor)"/>.
/// </remarks>
public static class ActorQueries
{
    /// <summary>Keeps the events in which the actor <paramref name="actorId"/> has a part (<see cref="Event.Actors"/>), in any role.</summary>
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
}
