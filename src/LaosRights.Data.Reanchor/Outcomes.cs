namespace LaosRights.Data.Reanchor;

/// <summary>What became of one evidence quote in the new revision of the article.</summary>
public enum EvidenceStatus
{
    /// <summary>Found verbatim, exactly once: the quote is kept and its position updated.</summary>
    Moved,

    /// <summary>Found verbatim more than once: one occurrence was chosen by section path and the order of the neighbouring quotes, and the choice is reported.</summary>
    Ambiguous,

    /// <summary>Not found verbatim; the best match (a DiffPlex alignment) is at least as similar as the threshold. The quote is updated only when the two wordings differ in citation markers and typography alone.</summary>
    Changed,

    /// <summary>No wording of the new text is as similar as the threshold: the new text no longer says it.</summary>
    Lost,
}

/// <summary>Whether a record is still supported by the new revision of the article.</summary>
public enum RecordStatus
{
    /// <summary>Every evidence quote was re-anchored, its wording the same but for citation markers and typography, and no number or qualifier just around it differs.</summary>
    Supported,

    /// <summary>A quote's wording changed beyond citation markers and typography, a number or qualifier just around it did, or one of several quotes was lost: a person must check the record's values.</summary>
    NeedsReview,

    /// <summary>Every evidence quote was lost: the new text no longer supports the record.</summary>
    Unsupported,
}

/// <summary>Whether a run of words is in both wordings, only in the old one, or only in the new one.</summary>
public enum WordChange
{
    /// <summary>In both wordings.</summary>
    Same,

    /// <summary>Only in the old wording.</summary>
    Deleted,

    /// <summary>Only in the new wording.</summary>
    Inserted,
}

/// <summary>A run of text in a word-by-word difference.</summary>
/// <param name="Change">Whether the run is kept, deleted or inserted.</param>
/// <param name="Text">The run's text, white space included.</param>
public sealed record WordDiffPart(WordChange Change, string Text);

/// <summary>What became of one evidence quote (shared by every record that cites the same span).</summary>
public sealed record EvidenceOutcome
{
    /// <summary>The ids of the records that cite this quote at this position, in file order.</summary>
    public required IReadOnlyList<string> RecordIds { get; init; }

    /// <summary>The quote in the old revision.</summary>
    public required string OldQuote { get; init; }

    /// <summary>Where the quote started in the old revision (UTF-16 code units).</summary>
    public required int OldStart { get; init; }

    /// <summary>The headings above the quote in the old revision, from the article title down.</summary>
    public required IReadOnlyList<string> OldSectionPath { get; init; }

    /// <summary>The classification.</summary>
    public required EvidenceStatus Status { get; init; }

    /// <summary>The wording in the new revision: the same quote when moved or ambiguous, the best match when changed or lost; <see langword="null"/> when nothing matched at all.</summary>
    public string? NewQuote { get; init; }

    /// <summary>Where <see cref="NewQuote"/> starts in the new revision (UTF-16 code units); <see langword="null"/> with it.</summary>
    public int? NewStart { get; init; }

    /// <summary>The headings above <see cref="NewQuote"/> in the new revision; <see langword="null"/> with it.</summary>
    public IReadOnlyList<string>? NewSectionPath { get; init; }

    /// <summary>How similar <see cref="NewQuote"/> is to the old quote, from 0 to 1 (1 when verbatim): twice the characters of the words they share over the characters of both, typographic variants set aside.</summary>
    public required double Similarity { get; init; }

    /// <summary>How many times the old quote occurs verbatim in the new revision.</summary>
    public required int Occurrences { get; init; }

    /// <summary>
    /// Whether the output cites <see cref="NewQuote"/> at <see cref="NewStart"/>: always for moved and ambiguous quotes,
    /// for changed quotes only when the two wordings are the same once citation markers are removed and typography is
    /// normalised; otherwise the old quote is kept for a person to resolve. See <see cref="OffsetsChanged"/> and
    /// <see cref="QuoteChanged"/> for what the output changed.
    /// </summary>
    public required bool Reanchored { get; init; }

    /// <summary>Whether the output gives this quote another <c>start</c> or <c>length</c> than the input did (it is <see cref="Reanchored"/> and moved or changed its length).</summary>
    public bool OffsetsChanged => Reanchored && (NewStart != OldStart || NewQuote!.Length != OldQuote.Length);

    /// <summary>Whether the output gives this quote another wording than the input did (it is <see cref="Reanchored"/> and the text differs, if only in a citation marker or a typographic character).</summary>
    public bool QuoteChanged => Reanchored && !string.Equals(NewQuote, OldQuote, StringComparison.Ordinal);

    /// <summary>Whether a person must check the records that cite this quote (its wording differs beyond citation markers and typography, a number or qualifier just around it differs, or it was lost).</summary>
    public required bool NeedsReview { get; init; }

    /// <summary>
    /// What kind of difference the wording has: the fact words (numbers, names, qualifiers) that differ, e.g.
    /// <c>removed 'around'</c>, and those just around the quote; empty when none of them differs (the wording may still
    /// differ in other words: see <see cref="WordDiff"/>).
    /// </summary>
    public required IReadOnlyList<string> FactDifferences { get; init; }

    /// <summary>The old and new wording word by word; empty when the quote is verbatim or nothing matched.</summary>
    public required IReadOnlyList<WordDiffPart> WordDiff { get; init; }

    /// <summary>For an ambiguous quote, how the occurrence was chosen; otherwise <see langword="null"/>.</summary>
    public string? Resolution { get; init; }

    /// <summary>Returns the classification, the positions and the old quote, e.g. <c>changed 3280 → 3294 (0.942, review): "As many as 200,000 …"</c>.</summary>
    /// <returns>A one-line display string.</returns>
    public override string ToString() =>
        $"{ReanchorReport.Kebab(Status.ToString())} {OldStart} → {(NewStart is { } start ? start.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none")} " +
        $"({ReanchorReport.Format(Similarity)}{(NeedsReview ? ", review" : "")}): \"{OldQuote}\"";
}

/// <summary>Whether one record is still supported, and by what.</summary>
public sealed record RecordOutcome
{
    /// <summary>The record's id.</summary>
    public required string Id { get; init; }

    /// <summary>The list the record is in, as named in the data file (<c>events</c>, <c>figures</c>, …).</summary>
    public required string Collection { get; init; }

    /// <summary>The record's status.</summary>
    public required RecordStatus Status { get; init; }

    /// <summary>What became of each of the record's evidence quotes, in the record's order.</summary>
    public required IReadOnlyList<EvidenceOutcome> Evidence { get; init; }

    /// <summary>
    /// The record's free-text fields (<c>summary</c>, <c>wording</c>, <c>name</c>, <c>statement</c>, …) that repeat a
    /// word or number one of its quotes had and the new wording no longer has, e.g. <c>summary: '200'</c>; empty when none.
    /// Only for records that need review: a person corrects these fields along with the values.
    /// </summary>
    public IReadOnlyList<string> StaleText { get; init; } = [];

    /// <summary>Returns the id, list and status, e.g. <c>hmong-exile-thailand-count (figures): needs-review</c>.</summary>
    /// <returns>A one-line display string.</returns>
    public override string ToString() => $"{Id} ({Collection}): {ReanchorReport.Kebab(Status.ToString())}";
}

/// <summary>A sentence of the new revision that no record quotes (not even in part).</summary>
/// <param name="SectionPath">The headings above the sentence, from the article title down.</param>
/// <param name="Start">Where the sentence starts in the new revision (UTF-16 code units).</param>
/// <param name="Text">The sentence.</param>
public sealed record UnquotedSentence(IReadOnlyList<string> SectionPath, int Start, string Text)
{
    /// <summary>Returns the section, position and sentence.</summary>
    /// <returns>A one-line display string.</returns>
    public override string ToString() => $"{string.Join(" › ", SectionPath)} [{Start}]: {Text}";
}

/// <summary>A number of the new revision that no record quoting it holds as a typed value (the coverage rule of the repository's tests).</summary>
/// <param name="SectionPath">The headings above the number, from the article title down.</param>
/// <param name="Start">Where the number starts in the new revision (UTF-16 code units).</param>
/// <param name="Token">The number as written, e.g. <c>300,000</c> or <c>19th</c>.</param>
/// <param name="Sentence">The sentence that holds it.</param>
public sealed record UnheldNumber(IReadOnlyList<string> SectionPath, int Start, string Token, string Sentence)
{
    /// <summary>Returns the section, position and number.</summary>
    /// <returns>A one-line display string.</returns>
    public override string ToString() => $"{string.Join(" › ", SectionPath)} [{Start}]: {Token}";
}
