using System.Text.Json.Serialization;

namespace LaosRights.Data.Serialization;

// The shape of dataset.json. These types are internal: the public model lives in Model/ and
// DatasetMapper is the one place that turns these into it. Enum values and dates stay strings here
// and are parsed by the mapper (dates with PartialDateInterval, i.e. NodaTime), so the file stays
// human-reviewable. DatasetJsonReader reads these types (a Utf8JsonReader loop, strict on its own);
// DatasetJsonContext below only writes them, so it carries writing options only. Neither uses run-time reflection.
// The declaration order is the property order of the shipped dataset.json: DatasetJson.Write writes these
// types back, and a test checks that writing the shipped data reproduces the file byte for byte.
// The members are fields, not properties: a property is two methods that a fresh process must JIT before it can
// use them, and these DTOs have about a hundred members (measured: 571 methods JIT-compiled on a cold load with
// properties, 368 with fields).
#pragma warning disable CA1812 // instantiated by the source-generated serializer
#pragma warning disable CA1051 // internal DTOs: fields on purpose (see above)

internal sealed class DatasetDocument
{
    public int SchemaVersion;
    public string? DataVersion;
    public ArticleDto? Article;
    public List<ActorDto>? Actors;
    public List<PlaceDto>? Places;
    public List<SourceDto>? Sources;
    public List<EventDto>? Events;
    public List<CaseDto>? Cases;
    public List<FigureDto>? Figures;
    public List<ScoreDto>? Scores;
    public List<RankingDto>? Rankings;
    public List<ClaimDto>? Claims;
    public List<QuotationDto>? Quotations;
}

internal sealed class ArticleDto
{
    public string? Title;
    public string? Sha256;
    public string? License;
    public string? LicenseUrl;
    public string? Attribution;
    public string? SourceUrl;

    // The article text itself, for a file about a text other than the embedded article; omitted otherwise.
    public string? Text;
}

internal sealed class EvidenceDto
{
    public int Start;
    public int Length;
    public string? Quote;
}

internal abstract class RecordDto
{
    // Written first and last by DatasetDocumentBuilder (System.Text.Json would otherwise put base-class properties last).
    [JsonPropertyOrder(-1)]
    public string? Id;

    [JsonPropertyOrder(1)]
    public List<EvidenceDto>? Evidence;
}

internal sealed class ActorDto : RecordDto
{
    public string? Name;
    public string? Kind;
    public List<string>? OtherNames;
    public string? Description;
    public string? CountryId;
    public string? ParentId;
}

internal sealed class PlaceDto : RecordDto
{
    public string? Name;
    public string? Kind;
    public List<string>? OtherNames;
    public string? Iso3166;
    public string? ParentId;
    public string? Description; // issue 14: the article's words about a place ("a Buddhist monastery")
}

internal sealed class SourceDto : RecordDto
{
    public string? Title;
    public string? Kind;
    public string? Date;
    public string? DateMeaning; // chronology (issue 14): optional, "published" when absent
    public string? DateDerivation; // chronology (issue 14)
    public List<string>? AuthorIds;
    public string? PublisherId;
    public string? RecipientId;
    public string? Description;
}

internal sealed class EventActorDto
{
    public string? ActorId;
    public string? Role;
}

internal sealed class EventRelationDto
{
    public string? Relation;
    public string? EventId;
}

internal sealed class EventDto : RecordDto
{
    public string? Summary;
    public string? Date;
    public string? DateMeaning; // chronology (issue 14): optional, "happened" when absent
    public string? DateDerivation;
    public string? Standing;
    public List<string>? ClaimantIds;
    public List<string>? SourceIds;
    public List<EventActorDto>? Actors;
    public List<string>? PlaceIds;
    public List<string>? Topics;
    public List<EventRelationDto>? Related;
}

internal sealed class CaseDto : RecordDto
{
    public string? Title;
    public List<string>? EventIds;
    public List<string>? SubjectIds;
    public List<string>? Topics;
}

internal sealed class FigureDto : RecordDto
{
    public string? Bound;
    public long? Value;
    public long? UpperValue;
    public string? Unit;
    public string? Counted;
    public string? Wording;
    public string? Date;
    public string? DateDerivation;
    public string? EventId;
    public string? Standing;
    public List<string>? ClaimantIds;
}

internal sealed class ScoreDto : RecordDto
{
    public string? Indicator;
    public decimal? Value;
    public decimal? Scale;
    public string? Edition;
    public string? EditionDerivation;
    public string? SubjectId;
    public string? PublisherId;
}

internal sealed class RankingDto : RecordDto
{
    public string? Indicator;
    public int? Position;
    public string? Direction;
    public string? Scope;
    public string? Edition;
    public string? EditionDerivation;
    public string? SubjectId;
    public string? PublisherId;
}

internal sealed class ClaimDto : RecordDto
{
    public string? Statement;
    public string? Standing;
    public List<string>? ClaimantIds;
    public List<string>? SubjectIds;
    public List<string>? Topics;
    public List<string>? SourceIds;
    public int? Provision;
    public string? RespondsToId;
    public string? Date;
    public List<string>? EventIds;
}

internal sealed class QuotationDto : RecordDto
{
    public string? Text;
    public string? SpeakerId;
    public string? SourceId;
    public string? Date;
    public string? Audience;
    public List<string>? SubjectIds;
    public string? EventId;
}

[JsonSourceGenerationOptions(
    IncludeFields = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DatasetDocument))]
internal sealed partial class DatasetJsonContext : JsonSerializerContext
{
}
