using System.Text.Json.Serialization;
using LaosRights.Data.Serialization;

namespace LaosRights.Data;

/// <summary>
/// How the article stands behind a statement: who says so, and how firmly.
/// Records never turn an allegation into a fact; this value says what kind of statement the record holds.
/// </summary>
/// <remarks>In the JSON the values are written in kebab-case (<c>concern-raised</c>, <c>officially-stated</c>, …).</remarks>
[JsonConverter(typeof(VocabularyJsonConverter<Standing>))]
public enum Standing
{
    /// <summary>The article states it in its own voice, without attributing it to anyone.</summary>
    Stated,

    /// <summary>The article relays it from a named or unnamed reporter ("according to", "reported that", "it was noted").</summary>
    Reported,

    /// <summary>An accusation or allegation ("has been accused of", "allegations … surfaced", "describing … brutal treatment").</summary>
    Alleged,

    /// <summary>Organisations "raised concerns" about it; the concern is theirs, not a finding of the article.</summary>
    ConcernRaised,

    /// <summary>A party makes the claim itself, in the article's words of claiming ("claiming they were involved …", "what they have called …", "claims made by the refugees"); the article reports it and does not confirm it, and implies no motive.</summary>
    Claimed,

    /// <summary>A government's official position or statement ("Officially, and in theory", "has said that it will").</summary>
    OfficiallyStated,

    /// <summary>A denial of another statement ("some accusations … were denied"); see <see cref="Claim.RespondsToId"/>.</summary>
    Denied,

    /// <summary>A challenge to another statement ("Republicans challenged … position"); see <see cref="Claim.RespondsToId"/>.</summary>
    Disputed,

    /// <summary>Someone documented it first-hand (a documentary, a report).</summary>
    Documented,

    /// <summary>It was expected or due, not reported as done ("should have been released by October 2009").</summary>
    Expected,
}

/// <summary>What kind of actor a record describes.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<ActorKind>))]
public enum ActorKind
{
    /// <summary>A national government or administration, or the state where the article names a country as the one acting.</summary>
    Government,

    /// <summary>A body or office of a government (a ministry, an agency, "Lao authorities").</summary>
    GovernmentAgency,

    /// <summary>An army or other armed force, or a side in an armed conflict.</summary>
    ArmedForce,

    /// <summary>Police and other security forces.</summary>
    SecurityForce,

    /// <summary>A political party, or its members named as a group ("Republicans").</summary>
    PoliticalParty,

    /// <summary>A non-governmental organisation, including think tanks.</summary>
    NonGovernmentalOrganization,

    /// <summary>An intergovernmental body (the United Nations and its agencies, the European Union).</summary>
    IntergovernmentalOrganization,

    /// <summary>A newspaper, magazine or broadcaster.</summary>
    MediaOutlet,

    /// <summary>One person, named or not.</summary>
    Person,

    /// <summary>An ethnic group.</summary>
    EthnicGroup,

    /// <summary>A religious group or the believers of a religion.</summary>
    ReligiousGroup,

    /// <summary>Any other group of people the article names collectively (refugees, fighters, officials, advocates).</summary>
    Group,
}

/// <summary>What kind of place a record describes.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<PlaceKind>))]
public enum PlaceKind
{
    /// <summary>A country; carries an ISO 3166-1 alpha-2 code.</summary>
    Country,

    /// <summary>A province; carries an ISO 3166-2 code.</summary>
    Province,

    /// <summary>A state of a federation (Wisconsin); carries an ISO 3166-2 code.</summary>
    State,

    /// <summary>A region without an administrative code ("central Thailand").</summary>
    Region,

    /// <summary>A natural area without borders (mountains, jungle).</summary>
    Area,

    /// <summary>A refugee camp or a group of camps.</summary>
    RefugeeCamp,

    /// <summary>A detention centre.</summary>
    DetentionCenter,

    /// <summary>A monastery.</summary>
    Monastery,
}

/// <summary>What kind of source, publication or instrument a record describes.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<SourceKind>))]
public enum SourceKind
{
    /// <summary>A national constitution.</summary>
    Constitution,

    /// <summary>An international treaty.</summary>
    Treaty,

    /// <summary>A law passed by a legislature.</summary>
    Statute,

    /// <summary>An article in a magazine.</summary>
    MagazineArticle,

    /// <summary>A report in a newspaper.</summary>
    NewspaperReport,

    /// <summary>A report by a broadcaster or other news organisation.</summary>
    NewsReport,

    /// <summary>A documentary film.</summary>
    Documentary,

    /// <summary>A written report.</summary>
    Report,

    /// <summary>Another encyclopedia article listed under "See also".</summary>
    RelatedArticle,
}

/// <summary>The part an actor plays in an event.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<ActorRole>))]
public enum ActorRole
{
    /// <summary>Carried out the action the event describes.</summary>
    Acted,

    /// <summary>Was affected by the event (arrested, displaced, barred, …).</summary>
    Affected,

    /// <summary>Took part (in talks, in a war) without the article saying more.</summary>
    Participated,

    /// <summary>Agreed to something.</summary>
    Agreed,

    /// <summary>Backed or assisted the actors who acted.</summary>
    Supported,

    /// <summary>Opposed a plan or position.</summary>
    Opposed,

    /// <summary>Protested or spoke out.</summary>
    Protested,

    /// <summary>Was the one criticised or challenged; this role says nothing about whether the criticism is right.</summary>
    Criticized,

    /// <summary>Reported or publicised the event.</summary>
    Reported,

    /// <summary>Documented the event first-hand.</summary>
    Documented,

    /// <summary>Received something (a report submitted to it).</summary>
    Recipient,

    /// <summary>Was in power when the event happened, without the article saying it acted.</summary>
    Governing,
}

/// <summary>How one event relates to another.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<EventRelationKind>))]
public enum EventRelationKind
{
    /// <summary>This event comes after the other one, as the article says ("after", "following", "subsequently", "later").</summary>
    Follows,

    /// <summary>This event is a response to the other one ("have protested this action").</summary>
    RespondsTo,
}

/// <summary>How a quantity's number is to be read.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<QuantityBound>))]
public enum QuantityBound
{
    /// <summary>The article gives the number with no qualifier ("30 people", "15,000").</summary>
    Exact,

    /// <summary>The number is an estimate ("around 5,000", "some thousand").</summary>
    Approximate,

    /// <summary>The number is a lower bound, included ("at least").</summary>
    AtLeast,

    /// <summary>The true amount is above the number ("more than 10,000", "over 3 years").</summary>
    MoreThan,

    /// <summary>The number is an upper bound ("as many as 200,000", "up to 10 years").</summary>
    AtMost,

    /// <summary>The amount lies between <see cref="Quantity.Value"/> and <see cref="Quantity.UpperValue"/>, both included.</summary>
    Between,

    /// <summary>The article gives no number ("thousands", "a number of"); <see cref="Quantity.Value"/> is null.</summary>
    Unquantified,
}

/// <summary>What a quantity counts or measures.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<QuantityUnit>))]
public enum QuantityUnit
{
    /// <summary>People.</summary>
    People,

    /// <summary>Years of time.</summary>
    Years,
}

/// <summary>Which end of a ranking a position counts from.</summary>
[JsonConverter(typeof(VocabularyJsonConverter<RankDirection>))]
public enum RankDirection
{
    /// <summary>1 is the best ("the 3rd best").</summary>
    Best,

    /// <summary>1 is the worst ("the 31st worst").</summary>
    Worst,
}
