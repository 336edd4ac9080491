using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LaosRights.Data.Reanchor;

/// <summary>
/// The report of a re-anchoring: every evidence quote and record with its classification, and what the new text adds
/// (sentences no record quotes, numbers no record holds). Deterministic: the same inputs give the same report, byte for byte.
/// </summary>
public sealed class ReanchorReport
{
    internal ReanchorReport(
        string oldArticleSha256,
        string newArticleSha256,
        string dataVersion,
        string? suggestedDataVersion,
        double similarityThreshold,
        bool isComplete,
        IReadOnlyList<EvidenceOutcome> evidence,
        IReadOnlyList<RecordOutcome> records,
        IReadOnlyList<UnquotedSentence> unquotedSentences,
        IReadOnlyList<UnheldNumber> unheldNumbers,
        IReadOnlyList<string> loaderProblems)
    {
        OldArticleSha256 = oldArticleSha256;
        NewArticleSha256 = newArticleSha256;
        DataVersion = dataVersion;
        SuggestedDataVersion = suggestedDataVersion;
        SimilarityThreshold = similarityThreshold;
        IsComplete = isComplete;
        Evidence = Array.AsReadOnly(evidence.ToArray());
        Records = Array.AsReadOnly(records.ToArray());
        UnquotedSentences = Array.AsReadOnly(unquotedSentences.ToArray());
        UnheldNumbers = Array.AsReadOnly(unheldNumbers.ToArray());
        LoaderProblems = Array.AsReadOnly(loaderProblems.ToArray());
    }

    /// <summary>The SHA-256 of the old revision's UTF-8 bytes (64 lower-case hex digits).</summary>
    public string OldArticleSha256 { get; }

    /// <summary>The SHA-256 of the new revision's UTF-8 bytes (64 lower-case hex digits).</summary>
    public string NewArticleSha256 { get; }

    /// <summary>The data version of the input file (the tool does not change it).</summary>
    public string DataVersion { get; }

    /// <summary>
    /// The data version to give the new file: the same one when the text did not change, the next patch version when
    /// the re-anchoring is complete (it changed no value); <see langword="null"/> while records need review (the
    /// version then depends on what the review changes: see docs/reanchor.md), or when the version is not <c>major.minor.patch</c>.
    /// </summary>
    public string? SuggestedDataVersion { get; }

    /// <summary>The similarity threshold used (see <see cref="ReanchorOptions.SimilarityThreshold"/>).</summary>
    public double SimilarityThreshold { get; }

    /// <summary>Whether every record is supported and the new file loads (see <see cref="ReanchorResult.IsComplete"/>).</summary>
    public bool IsComplete { get; }

    /// <summary>Every distinct evidence quote (position and wording) of the file, in the old text's order.</summary>
    public IReadOnlyList<EvidenceOutcome> Evidence { get; }

    /// <summary>Every record, in file order.</summary>
    public IReadOnlyList<RecordOutcome> Records { get; }

    /// <summary>The new text's sentences that no record quotes, in text order.</summary>
    public IReadOnlyList<UnquotedSentence> UnquotedSentences { get; }

    /// <summary>The new text's numbers that no record quoting them holds as a typed value, in text order.</summary>
    public IReadOnlyList<UnheldNumber> UnheldNumbers { get; }

    /// <summary>Problems the library's loader found in the new file although every quote was re-anchored (each record they name is marked <see cref="RecordStatus.NeedsReview"/>); empty otherwise.</summary>
    public IReadOnlyList<string> LoaderProblems { get; }

    /// <summary>How many distinct evidence quotes have <paramref name="status"/>.</summary>
    /// <param name="status">The classification.</param>
    /// <returns>The count.</returns>
    public int Count(EvidenceStatus status) => Evidence.Count(e => e.Status == status);

    /// <summary>How many records have <paramref name="status"/>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int Count(RecordStatus status) => Records.Count(r => r.Status == status);

    /// <summary>Returns the two revisions and the counts, e.g. <c>b5dcb495… → f2d3ad00…: 184 quotes (176 moved, 0 ambiguous, 8 changed, 0 lost), 217 records (210 supported, 7 need review, 0 unsupported)</c>.</summary>
    /// <returns>A one-line display string.</returns>
    public override string ToString() =>
        $"{OldArticleSha256[..8]}… → {NewArticleSha256[..8]}…: {Evidence.Count} quotes ({Count(EvidenceStatus.Moved)} moved, {Count(EvidenceStatus.Ambiguous)} ambiguous, " +
        $"{Count(EvidenceStatus.Changed)} changed, {Count(EvidenceStatus.Lost)} lost), {Records.Count} records ({Count(RecordStatus.Supported)} supported, " +
        $"{Count(RecordStatus.NeedsReview)} need review, {Count(RecordStatus.Unsupported)} unsupported)";

    /// <summary>The report for people: Markdown (CommonMark with GitHub tables), LF line ends.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown() => ReportMarkdown.Write(this);

    /// <summary>
    /// The report for programs: UTF-8 JSON, two-space indents, LF line ends. Property names are camelCase, enum values
    /// kebab-case (<c>needs-review</c>), similarities numbers from 0 to 1 with three decimals, positions and lengths in
    /// UTF-16 code units. The fields are described in docs/reanchor.md ("The JSON report").
    /// </summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("oldArticleSha256", OldArticleSha256);
            w.WriteString("newArticleSha256", NewArticleSha256);
            w.WriteString("dataVersion", DataVersion);
            if (SuggestedDataVersion is null)
            {
                w.WriteNull("suggestedDataVersion");
            }
            else
            {
                w.WriteString("suggestedDataVersion", SuggestedDataVersion);
            }

            w.WriteNumber("similarityThreshold", SimilarityThreshold);
            w.WriteBoolean("complete", IsComplete);
            w.WriteStartObject("counts");
            foreach (var status in Enum.GetValues<EvidenceStatus>())
            {
                w.WriteNumber(Name(status.ToString()) + "Quotes", Count(status));
            }

            foreach (var status in Enum.GetValues<RecordStatus>())
            {
                w.WriteNumber(Name(status.ToString()) + "Records", Count(status));
            }

            w.WriteEndObject();
            w.WriteStartArray("records");
            foreach (var r in Records)
            {
                w.WriteStartObject();
                w.WriteString("id", r.Id);
                w.WriteString("collection", r.Collection);
                w.WriteString("status", Kebab(r.Status.ToString()));
                w.WriteStartArray("evidence");
                foreach (var e in r.Evidence)
                {
                    w.WriteNumberValue(IndexOf(e));
                }

                w.WriteEndArray();
                w.WriteStartArray("staleText");
                foreach (var field in r.StaleText)
                {
                    w.WriteStringValue(field);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("evidence");
            foreach (var e in Evidence)
            {
                WriteEvidence(w, e);
            }

            w.WriteEndArray();
            w.WriteStartArray("unquotedSentences");
            foreach (var s in UnquotedSentences)
            {
                w.WriteStartObject();
                WritePath(w, "sectionPath", s.SectionPath);
                w.WriteNumber("start", s.Start);
                w.WriteString("text", s.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("unheldNumbers");
            foreach (var n in UnheldNumbers)
            {
                w.WriteStartObject();
                WritePath(w, "sectionPath", n.SectionPath);
                w.WriteNumber("start", n.Start);
                w.WriteString("token", n.Token);
                w.WriteString("sentence", n.Sentence);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("loaderProblems");
            foreach (var p in LoaderProblems)
            {
                w.WriteStringValue(p);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The index of <paramref name="outcome"/> in <see cref="Evidence"/> (the JSON report refers to quotes by it).</summary>
    internal int IndexOf(EvidenceOutcome outcome)
    {
        for (var i = 0; i < Evidence.Count; i++)
        {
            if (ReferenceEquals(Evidence[i], outcome))
            {
                return i;
            }
        }

        return -1;
    }

    private static void WriteEvidence(Utf8JsonWriter w, EvidenceOutcome e)
    {
        w.WriteStartObject();
        w.WriteString("status", Kebab(e.Status.ToString()));
        w.WriteBoolean("needsReview", e.NeedsReview);
        w.WriteBoolean("reanchored", e.Reanchored);
        w.WriteBoolean("offsetsChanged", e.OffsetsChanged);
        w.WriteBoolean("quoteChanged", e.QuoteChanged);
        w.WriteStartArray("recordIds");
        foreach (var id in e.RecordIds)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
        w.WriteStartObject("old");
        w.WriteNumber("start", e.OldStart);
        w.WriteString("quote", e.OldQuote);
        WritePath(w, "sectionPath", e.OldSectionPath);
        w.WriteEndObject();
        if (e.NewQuote is null)
        {
            w.WriteNull("new");
        }
        else
        {
            w.WriteStartObject("new");
            w.WriteNumber("start", e.NewStart!.Value);
            w.WriteNumber("length", e.NewQuote.Length);
            w.WriteString("quote", e.NewQuote);
            WritePath(w, "sectionPath", e.NewSectionPath!);
            w.WriteEndObject();
        }

        w.WriteNumber("similarity", Math.Round(e.Similarity, 3));
        w.WriteNumber("occurrences", e.Occurrences);
        if (e.Resolution is not null)
        {
            w.WriteString("resolution", e.Resolution);
        }

        w.WriteStartArray("factDifferences");
        foreach (var d in e.FactDifferences)
        {
            w.WriteStringValue(d);
        }

        w.WriteEndArray();
        w.WriteStartArray("wordDiff");
        foreach (var part in e.WordDiff)
        {
            w.WriteStartObject();
            w.WriteString("change", Kebab(part.Change.ToString()));
            w.WriteString("text", part.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePath(Utf8JsonWriter w, string name, IReadOnlyList<string> path)
    {
        w.WriteStartArray(name);
        foreach (var title in path)
        {
            w.WriteStringValue(title);
        }

        w.WriteEndArray();
    }

    /// <summary>"NeedsReview" → "needsReview".</summary>
    private static string Name(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal[1..];

    /// <summary>"NeedsReview" → "needs-review".</summary>
    internal static string Kebab(string pascal)
    {
        var text = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    /// <summary>Formats a similarity for people: "0.873".</summary>
    internal static string Format(double similarity) => similarity.ToString("0.000", CultureInfo.InvariantCulture);
}
