using System.Text.Json;
using System.Text.Json.Serialization;

namespace LaosRights.Data.Serialization;

// The shape of dataset.json. These types are internal: the public model lives in Model/ and
// DatasetMapper is the one place that turns these into it. Enum values and dates stay strings here
// and are parsed by the mapper (dates with PartialDateInterval, i.e. NodaTime), so the file stays
// human-reviewable and the reader needs no run-time reflection.
// The declaration order is the property order of the shipped dataset.json: DatasetExport.WriteJson writes these
// types back, and a test checks that writing the shipped data reproduces the file byte for byte.
#pragma warning disable CA1812 // instantiated by the source-generated serializer

internal sealed class DatasetDocument
{
    public int SchemaVersion { get; set; }
    public string? DataVersion { get; set; }
    public ArticleDto? Article { get; set; }
    public List<ActorDto>? Actors { get; set; }
    public List<PlaceDto>? Places { get; set; }
    public List<SourceDto>? Sources { get; set; }
    public List<EventDto>? Events { get; set; }
    public List<CaseDto>? Cases { get; set; }
    public List<FigureDto>? Figures { get; set; }
    public List<ScoreDto>? Scores { get; set; }
    public List<RankingDto>? Rankings { get; set; }
    public List<ClaimDto>? Claims { get; set; }
    public List<QuotationDto>? Quotations { get; set; }
}

internal sealed class ArticleDto
{
    public string? Title { get; set; }
    public string? Sha256 { get; set; }
    public string? License { get; set; }
    public string? LicenseUrl { get; set; }
    public string? Attribution { get; set; }
    public string? SourceUrl { get; set; }

    // The article text itself, for a file about a text other than the embedded article; omitted otherwise.
    public string? Text { get; set; }
}

internal sealed class EvidenceDto
{
    public int Start { get; set; }
    public int Length { get; set; }
    public string? Quote { get; set; }
}

internal abstract class RecordDto
{
    // Written first and last by DatasetDocumentBuilder (System.Text.Json would otherwise put base-class properties last).
    [JsonPropertyOrder(-1)]
    public string? Id { get; set; }

    [JsonPropertyOrder(1)]
    public List<EvidenceDto>? Evidence { get; set; }
}

internal sealed class ActorDto : RecordDto
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public List<string>? OtherNames { get; set; }
    public string? Description { get; set; }
    public string? CountryId { get; set; }
    public string? ParentId { get; set; }
}

internal sealed class PlaceDto : RecordDto
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public List<string>? OtherNames { get; set; }
    public string? Iso3166 { get; set; }
    public string? ParentId { get; set; }
}

internal sealed class SourceDto : RecordDto
{
    public string? Title { get; set; }
    public string? Kind { get; set; }
    public string? Date { get; set; }
    public List<string>? AuthorIds { get; set; }
    public string? PublisherId { get; set; }
    public string? RecipientId { get; set; }
    public string? Description { get; set; }
}

internal sealed class EventActorDto
{
    public string? ActorId { get; set; }
    public string? Role { get; set; }
}

internal sealed class EventRelationDto
{
    public string? Relation { get; set; }
    public string? EventId { get; set; }
}

internal sealed class EventDto : RecordDto
{
    public string? Summary { get; set; }
    public string? Date { get; set; }
    public string? DateDerivation { get; set; }
    public string? Standing { get; set; }
    public List<string>? ClaimantIds { get; set; }
    public List<string>? SourceIds { get; set; }
    public List<EventActorDto>? Actors { get; set; }
    public List<string>? PlaceIds { get; set; }
    public List<string>? Topics { get; set; }
    public List<EventRelationDto>? Related { get; set; }
}

internal sealed class CaseDto : RecordDto
{
    public string? Title { get; set; }
    public List<string>? EventIds { get; set; }
    public List<string>? SubjectIds { get; set; }
    public List<string>? Topics { get; set; }
}

internal sealed class FigureDto : RecordDto
{
    public string? Bound { get; set; }
    public long? Value { get; set; }
    public long? UpperValue { get; set; }
    public string? Unit { get; set; }
    public string? Counted { get; set; }
    public string? Wording { get; set; }
    public string? Date { get; set; }
    public string? DateDerivation { get; set; }
    public string? EventId { get; set; }
    public string? Standing { get; set; }
    public List<string>? ClaimantIds { get; set; }
}

internal sealed class ScoreDto : RecordDto
{
    public string? Indicator { get; set; }
    public decimal? Value { get; set; }
    public decimal? Scale { get; set; }
    public string? Edition { get; set; }
    public string? EditionDerivation { get; set; }
    public string? SubjectId { get; set; }
    public string? PublisherId { get; set; }
}

internal sealed class RankingDto : RecordDto
{
    public string? Indicator { get; set; }
    public int? Position { get; set; }
    public string? Direction { get; set; }
    public string? Scope { get; set; }
    public string? Edition { get; set; }
    public string? EditionDerivation { get; set; }
    public string? SubjectId { get; set; }
    public string? PublisherId { get; set; }
}

internal sealed class ClaimDto : RecordDto
{
    public string? Statement { get; set; }
    public string? Standing { get; set; }
    public List<string>? ClaimantIds { get; set; }
    public List<string>? SubjectIds { get; set; }
    public List<string>? Topics { get; set; }
    public List<string>? SourceIds { get; set; }
    public int? Provision { get; set; }
    public string? RespondsToId { get; set; }
    public string? Date { get; set; }
    public List<string>? EventIds { get; set; }
}

internal sealed class QuotationDto : RecordDto
{
    public string? Text { get; set; }
    public string? SpeakerId { get; set; }
    public string? SourceId { get; set; }
    public string? Date { get; set; }
    public string? Audience { get; set; }
    public List<string>? SubjectIds { get; set; }
    public string? EventId { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    AllowDuplicateProperties = false,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DatasetDocument))]
internal sealed partial class DatasetJsonContext : JsonSerializerContext
{
}
