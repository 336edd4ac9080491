using DiffPlex;

namespace LaosRights.Data.Reanchor.Text;

/// <summary>
/// The alignment of two revisions of a text by DiffPlex (Myers' diff over <see cref="Tokens"/>): which pieces of the
/// old text are still in the new one, and where.
/// </summary>
internal sealed class Alignment
{
    private readonly int[] _oldOffsets;
    private readonly int[] _newOffsets;

    // For each old piece, the index of the same piece in the new text, or -1 when it was deleted or replaced.
    private readonly int[] _newIndexOf;

    public Alignment(string oldText, string newText)
    {
        var diff = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, Tokens.Instance);
        _oldOffsets = Tokens.Offsets(diff.PiecesOld);
        _newOffsets = Tokens.Offsets(diff.PiecesNew);
        _newIndexOf = new int[diff.PiecesOld.Count];
        int oldIndex = 0, newIndex = 0;
        foreach (var block in diff.DiffBlocks)
        {
            while (oldIndex < block.DeleteStartA)
            {
                _newIndexOf[oldIndex++] = newIndex++;
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                _newIndexOf[oldIndex++] = -1;
            }

            newIndex = block.InsertStartB + block.InsertCountB;
        }

        while (oldIndex < _newIndexOf.Length)
        {
            _newIndexOf[oldIndex++] = newIndex++;
        }
    }

    /// <summary>
    /// Where the old span <c>[start, end)</c> is in the new text: its kept edges map to their new places, an edge that
    /// was deleted or replaced widens to the nearest kept piece outside it (so replaced words are part of the new span).
    /// </summary>
    /// <returns>The new span, possibly empty (when all of it was deleted).</returns>
    public (int Start, int End) Map(int start, int end)
    {
        var first = PieceAt(start);
        var last = PieceAt(end - 1);
        int newStart, newEnd;
        if (_newIndexOf[first] >= 0)
        {
            newStart = _newOffsets[_newIndexOf[first]] + (start - _oldOffsets[first]);
        }
        else
        {
            var kept = first - 1;
            while (kept >= 0 && _newIndexOf[kept] < 0)
            {
                kept--;
            }

            newStart = kept < 0 ? 0 : _newOffsets[_newIndexOf[kept] + 1];
        }

        if (_newIndexOf[last] >= 0)
        {
            newEnd = _newOffsets[_newIndexOf[last]] + (end - _oldOffsets[last]);
        }
        else
        {
            var kept = last + 1;
            while (kept < _newIndexOf.Length && _newIndexOf[kept] < 0)
            {
                kept++;
            }

            newEnd = kept >= _newIndexOf.Length ? _newOffsets[^1] : _newOffsets[_newIndexOf[kept]];
        }

        return newEnd < newStart ? (newStart, newStart) : (newStart, newEnd);
    }

    /// <summary>Whether every piece of the old span <c>[start, end)</c> is kept, in one run, in the new text.</summary>
    public bool IsKept(int start, int end)
    {
        var first = PieceAt(start);
        var last = PieceAt(end - 1);
        for (var i = first; i <= last; i++)
        {
            if (_newIndexOf[i] < 0 || (i > first && _newIndexOf[i] != _newIndexOf[i - 1] + 1))
            {
                return false;
            }
        }

        return true;
    }

    private int PieceAt(int position)
    {
        var index = Array.BinarySearch(_oldOffsets, 0, _oldOffsets.Length - 1, position);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>
    /// The similarity of two wordings, from 0 (nothing in common) to 1 (the same after typographic variants are set
    /// aside): twice the characters of the pieces they share (DiffPlex) over the characters of both.
    /// </summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length + b.Length == 0)
        {
            return 1;
        }

        var diff = Differ.Instance.CreateDiffs(Typography.Plain(a), Typography.Plain(b), ignoreWhiteSpace: false, ignoreCase: false, Tokens.Instance);
        var changed = diff.DiffBlocks.Sum(block => Length(diff.PiecesOld, block.DeleteStartA, block.DeleteCountA));
        var shared = a.Length - changed;
        return 2.0 * shared / (a.Length + b.Length);
    }

    /// <summary>The word-by-word difference of two wordings, as runs of kept, deleted and inserted text.</summary>
    public static IReadOnlyList<WordDiffPart> WordDiff(string a, string b)
    {
        var diff = Differ.Instance.CreateDiffs(a, b, ignoreWhiteSpace: false, ignoreCase: false, Tokens.Instance);
        var parts = new List<WordDiffPart>();
        void Add(WordChange change, IReadOnlyList<string> pieces, int start, int count)
        {
            if (count == 0)
            {
                return;
            }

            var text = string.Concat(pieces.Skip(start).Take(count));
            if (parts.Count > 0 && parts[^1].Change == change)
            {
                parts[^1] = parts[^1] with { Text = parts[^1].Text + text };
            }
            else
            {
                parts.Add(new WordDiffPart(change, text));
            }
        }

        var oldIndex = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Add(WordChange.Same, diff.PiecesOld, oldIndex, block.DeleteStartA - oldIndex);
            Add(WordChange.Deleted, diff.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(WordChange.Inserted, diff.PiecesNew, block.InsertStartB, block.InsertCountB);
            oldIndex = block.DeleteStartA + block.DeleteCountA;
        }

        Add(WordChange.Same, diff.PiecesOld, oldIndex, diff.PiecesOld.Count - oldIndex);
        return parts.AsReadOnly();
    }

    /// <summary>
    /// The span of <paramref name="region"/> that best matches <paramref name="quote"/>: from the first to the last
    /// piece they share. Used to look for a quote in each sentence of the new text when the alignment lost it.
    /// </summary>
    public static (int Start, int End) BestSpan(string quote, string region)
    {
        var diff = Differ.Instance.CreateDiffs(Typography.Plain(quote), Typography.Plain(region), ignoreWhiteSpace: false, ignoreCase: false, Tokens.Instance);
        var offsets = Tokens.Offsets(diff.PiecesNew);
        var inserted = new bool[diff.PiecesNew.Count];
        foreach (var block in diff.DiffBlocks)
        {
            for (var i = 0; i < block.InsertCountB; i++)
            {
                inserted[block.InsertStartB + i] = true;
            }
        }

        int first = -1, last = -1;
        for (var i = 0; i < inserted.Length; i++)
        {
            if (!inserted[i] && !string.IsNullOrWhiteSpace(diff.PiecesNew[i]))
            {
                if (first < 0)
                {
                    first = i;
                }

                last = i;
            }
        }

        return first < 0 ? (0, 0) : (offsets[first], offsets[last + 1]);
    }

    private static int Length(IReadOnlyList<string> pieces, int start, int count)
    {
        var length = 0;
        for (var i = start; i < start + count; i++)
        {
            length += pieces[i].Length;
        }

        return length;
    }
}
