using System.Text.Json.Serialization;

namespace LaosRights.Data.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for the dataset's records and values, for trimmed and Native AOT apps
/// (where reflection-based serialization is unavailable): pass <see cref="JsonSerializerContext"/> type info such as
/// <c>LaosRightsJsonContext.Default.Event</c> to <see cref="System.Text.Json.JsonSerializer"/>, or add
/// <see cref="LaosRightsJsonContext.Default"/> to <c>JsonSerializerOptions.TypeInfoResolverChain</c> (in ASP.NET Core:
/// <c>builder.Services.ConfigureHttpJsonOptions(o =&gt; o.SerializerOptions.TypeInfoResolverChain.Add(LaosRightsJsonContext.Default))</c>).
/// </summary>
/// <remarks>
/// The shape is the one every converter of this library writes (see <see cref="ModelJsonConverter{T}"/>): the data
/// file's. Apps that use reflection need nothing: the types carry their converters. A context of your own that lists
/// a type holding these records works too, since the converters are public.
/// </remarks>
[JsonSerializable(typeof(LaosRightsDataset))]
[JsonSerializable(typeof(DatasetRecord))]
[JsonSerializable(typeof(IEnumerable<DatasetRecord>))]
[JsonSerializable(typeof(Actor))]
[JsonSerializable(typeof(Place))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(Event))]
[JsonSerializable(typeof(Case))]
[JsonSerializable(typeof(Figure))]
[JsonSerializable(typeof(Score))]
[JsonSerializable(typeof(Ranking))]
[JsonSerializable(typeof(Claim))]
[JsonSerializable(typeof(Quotation))]
[JsonSerializable(typeof(Evidence))]
[JsonSerializable(typeof(Quantity))]
[JsonSerializable(typeof(EventActor))]
[JsonSerializable(typeof(EventRelation))]
[JsonSerializable(typeof(Actor[]))]
[JsonSerializable(typeof(Place[]))]
[JsonSerializable(typeof(Source[]))]
[JsonSerializable(typeof(Event[]))]
[JsonSerializable(typeof(Case[]))]
[JsonSerializable(typeof(Figure[]))]
[JsonSerializable(typeof(Score[]))]
[JsonSerializable(typeof(Ranking[]))]
[JsonSerializable(typeof(Claim[]))]
[JsonSerializable(typeof(Quotation[]))]
[JsonSerializable(typeof(IEnumerable<Event>))]
[JsonSerializable(typeof(IEnumerable<Figure>))]
[JsonSerializable(typeof(IEnumerable<Claim>))]
[JsonSerializable(typeof(PartialDate))]
[JsonSerializable(typeof(PartialDateInterval))]
[JsonSerializable(typeof(DatePrecision))]
[JsonSerializable(typeof(DateMeaning))]
[JsonSerializable(typeof(Standing))]
[JsonSerializable(typeof(Topic))]
[JsonSerializable(typeof(ActorKind))]
[JsonSerializable(typeof(ActorRole))]
[JsonSerializable(typeof(PlaceKind))]
[JsonSerializable(typeof(SourceKind))]
[JsonSerializable(typeof(EventRelationKind))]
[JsonSerializable(typeof(QuantityBound))]
[JsonSerializable(typeof(QuantityUnit))]
[JsonSerializable(typeof(RankDirection))]
public sealed partial class LaosRightsJsonContext : JsonSerializerContext
{
}
