namespace LaosRights.Data;

/// <summary>
/// Names of the dataset's vocabulary values for people to read, in culture-invariant English sentence case:
/// <c>Topic.FreedomOfReligion.ToDisplayName()</c> is "Freedom of religion", <c>Standing.ConcernRaised</c> "Concern raised",
/// <c>ActorKind.NonGovernmentalOrganization</c> "Non-governmental organization".
/// </summary>
/// <remarks>
/// The names are fixed English text, the same on every machine (not localized). Lower-case them for use inside a
/// sentence. The data file's names (<c>freedom-of-religion</c>) are another thing: they are what the JSON holds.
/// </remarks>
public static class DisplayNames
{
    private static readonly string[] Topics =
    [
        "Treaty ratification", "Cooperation with UN mechanisms", "Legislation", "Disappearance", "Detention",
        "Torture and ill-treatment", "Attacks on civilians", "Freedom of expression", "Freedom of association",
        "Freedom of assembly", "Freedom of religion", "Prison conditions", "Refugees and asylum seekers", "Forced return",
        "Extrajudicial killing", "Sexual violence", "Death penalty", "Human trafficking", "Access for monitors",
        "Non-discrimination", "Gender equality", "Minority rights", "Genocide", "Armed conflict", "Civil and political liberties",
    ];

    private static readonly string[] Standings =
        ["Stated", "Reported", "Alleged", "Concern raised", "Claimed", "Officially stated", "Denied", "Disputed", "Documented", "Expected"];

    private static readonly string[] ActorKinds =
    [
        "Government", "Government agency", "Armed force", "Security force", "Political party", "Non-governmental organization",
        "Intergovernmental organization", "Media outlet", "Person", "Ethnic group", "Religious group", "Group",
    ];

    private static readonly string[] PlaceKinds =
        ["Country", "Province", "State", "Region", "Area", "Refugee camp", "Detention center", "Monastery"];

    private static readonly string[] SourceKinds =
        ["Constitution", "Treaty", "Statute", "Magazine article", "Newspaper report", "News report", "Documentary", "Report", "Related article"];

    private static readonly string[] ActorRoles =
        ["Acted", "Affected", "Participated", "Agreed", "Supported", "Opposed", "Protested", "Criticized", "Reported", "Documented", "Recipient", "Governing"];

    private static readonly string[] EventRelationKinds = ["Follows", "Responds to"];

    private static readonly string[] QuantityBounds = ["Exact", "Approximate", "At least", "More than", "At most", "Between", "Unquantified"];

    private static readonly string[] QuantityKinds = ["Exact", "Estimate", "Bound", "Unquantified"];

    private static readonly string[] QuantityUnits = ["People", "Years"];

    private static readonly string[] RankDirections = ["Best", "Worst"];

    private static readonly string[] DatePrecisions = ["Century", "Decade", "Year", "Month", "Day"];

    private static readonly string[] DateMeanings =
        ["Happened", "Published", "Reported", "Submitted", "Promulgated", "Edition", "Expected", "Deadline", "Said"];

    /// <summary>Gets the name of a topic for people to read ("Freedom of religion", "Cooperation with UN mechanisms").</summary>
    /// <param name="value">The topic.</param>
    /// <returns>The English name, in sentence case.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToDisplayName(this Topic value) => Name(Topics, (int)value, value);

    /// <summary>Gets the name of a standing for people to read ("Concern raised", "Officially stated").</summary>
    /// <param name="value">The standing.</param>
    /// <returns>The English name, in sentence case.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToDisplayName(this Standing value) => Name(Standings, (int)value, value);

    /// <summary>Gets the name of an actor kind for people to read ("Non-governmental organization").</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The English name, in sentence case.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToDisplayName(this ActorKind value) => Name(ActorKinds, (int)value, value);

    /// <summary>Gets the name of a place kind for people to read ("Refugee camp").</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The English name, in sentence case.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToDisplayName(this PlaceKind value) => Name(PlaceKinds, (int)value, value);

    /// <summary>Gets the name of a source kind for people to read ("Magazine article").</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The English name, in sentence case.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToDisplayName(this SourceKind value) => Name(SourceKinds, (int)value, value);

    /// <summary>Gets the name of an actor's role for people to read ("Acted", "Affected", "Criticized").</summary>
    /// <param name="value">The role.</param>
    /// <returns>The English name, in sentence case.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToDisplayName(this ActorRole value) => Name(ActorRoles, (int)value, value);

    /// <summary>Gets the name of a relation between events for people to read ("Responds to").</summary>
    /// <param name="value">The relation.</param>
    /// <returns>The English name, in sentence case.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToDisplayName(this EventRelationKind value) => Name(EventRelationKinds, (int)value, value);

    /// <summary>Gets the name of a quantity bound for people to read ("At most", "More than").</summary>
    /// <param name="value">The bound.</param>
    /// <returns>The English name, in sentence case.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToDisplayName(this QuantityBound value) => Name(QuantityBounds, (int)value, value);

    /// <summary>Gets the name of a quantity kind for people to read ("Estimate", "Bound").</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The English name, in sentence case.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToDisplayName(this QuantityKind value) => Name(QuantityKinds, (int)value, value);

    /// <summary>Gets the name of a unit for people to read ("People", "Years").</summary>
    /// <param name="value">The unit.</param>
    /// <returns>The English name, in sentence case.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToDisplayName(this QuantityUnit value) => Name(QuantityUnits, (int)value, value);

    /// <summary>Gets the name of a ranking direction for people to read ("Best", "Worst").</summary>
    /// <param name="value">The direction.</param>
    /// <returns>The English name, in sentence case.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToDisplayName(this RankDirection value) => Name(RankDirections, (int)value, value);

    /// <summary>Gets the name of a date precision for people to read ("Century", "Day").</summary>
    /// <param name="value">The precision.</param>
    /// <returns>The English name, in sentence case.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToDisplayName(this DatePrecision value) => Name(DatePrecisions, (int)value, value);

    /// <summary>Gets the name of what a date means for people to read ("Happened", "Promulgated", "Deadline").</summary>
    /// <param name="value">The meaning.</param>
    /// <returns>The English name, in sentence case.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static string ToDisplayName(this DateMeaning value) => Name(DateMeanings, (int)value, value);

    private static string Name<TEnum>(string[] names, int number, TEnum value)
        where TEnum : struct, Enum =>
        (uint)number < (uint)names.Length
            ? names[number]
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name} value.");
}
