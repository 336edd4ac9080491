namespace LaosRights.Data;

/// <summary>
/// Everything one actor is involved in: the events it takes part in (in any role, or as the one who claims or reports
/// them), the cases about it, the claims it makes and the claims about it, the figures it gives, the quotations it
/// speaks or is the subject of, and the sources it wrote, published or received.
/// Get one with <see cref="DatasetNavigation.InvolvementOf(LaosRightsDataset, Actor)"/>.
/// </summary>
/// <remarks>
/// Only the actor itself is matched, not the bodies that are part of it (<see cref="Actor.ParentId"/>): the
/// Thai foreign ministry's statements are not the Thai government's unless the article says so.
/// Every list is in the order of the data file (the article's order) and is empty, never null, when there is nothing.
/// </remarks>
public sealed class ActorInvolvement
{
    internal ActorInvolvement(
        Actor actor,
        IReadOnlyList<Event> events,
        IReadOnlyList<Case> cases,
        IReadOnlyList<Claim> claimsMade,
        IReadOnlyList<Claim> claimsAbout,
        IReadOnlyList<Figure> figuresGiven,
        IReadOnlyList<Quotation> quotations,
        IReadOnlyList<Source> sources)
    {
        Actor = actor;
        Events = events;
        Cases = cases;
        ClaimsMade = claimsMade;
        ClaimsAbout = claimsAbout;
        FiguresGiven = figuresGiven;
        Quotations = quotations;
        Sources = sources;
    }

    /// <summary>The actor.</summary>
    public Actor Actor { get; }

    /// <summary>Events in which the actor has a role (<see cref="Event.Actors"/>) or is a claimant (<see cref="Event.ClaimantIds"/>).</summary>
    public IReadOnlyList<Event> Events { get; }

    /// <summary>Cases the actor is a subject of.</summary>
    public IReadOnlyList<Case> Cases { get; }

    /// <summary>Claims the actor makes (it is among <see cref="Claim.ClaimantIds"/>).</summary>
    public IReadOnlyList<Claim> ClaimsMade { get; }

    /// <summary>Claims about the actor (it is among <see cref="Claim.SubjectIds"/>).</summary>
    public IReadOnlyList<Claim> ClaimsAbout { get; }

    /// <summary>Figures the actor gives (it is among <see cref="Figure.ClaimantIds"/>).</summary>
    public IReadOnlyList<Figure> FiguresGiven { get; }

    /// <summary>Quotations the actor speaks or is a subject of.</summary>
    public IReadOnlyList<Quotation> Quotations { get; }

    /// <summary>Sources the actor wrote, published or received.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Every record above, each once: events, cases, claims made, claims about, figures, quotations, sources.</summary>
    /// <returns>The records, in that order of kinds and in file order within a kind.</returns>
    public IEnumerable<DatasetRecord> AllRecords() =>
        Events.Cast<DatasetRecord>().Concat(Cases).Concat(ClaimsMade).Concat(ClaimsAbout).Concat(FiguresGiven).Concat(Quotations).Concat(Sources)
            .Distinct(ReferenceEqualityComparer.Instance).Cast<DatasetRecord>();

    /// <summary>Returns the actor's id and the number of records of each kind.</summary>
    /// <returns>A diagnostic string.</returns>
    public override string ToString() =>
        $"{Actor.Id}: {Events.Count} events, {Cases.Count} cases, {ClaimsMade.Count} claims made, {ClaimsAbout.Count} claims about, {FiguresGiven.Count} figures, {Quotations.Count} quotations, {Sources.Count} sources";
}
