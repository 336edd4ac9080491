using DiffPlex;

namespace LaosRights.Data.Reanchor.Text;

/// <summary>
/// Splits text into the pieces the diff compares: runs of letters and digits, runs of white space, and every other
/// character on its own. The pieces concatenate back to the text, so a piece's offset is the sum of the lengths before it.
/// </summary>
internal sealed class Tokens : IChunker
{
    public static Tokens Instance { get; } = new();

    public IReadOnlyList<string> Chunk(string text)
    {
        var pieces = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var kind = Kind(text[i]);
            i++;
            if (kind != 0)
            {
                while (i < text.Length && Kind(text[i]) == kind)
                {
                    i++;
                }
            }

            pieces.Add(text[start..i]);
        }

        return pieces.AsReadOnly();
    }

    /// <summary>The start offset of every piece, plus the text's length at the end.</summary>
    public static int[] Offsets(IReadOnlyList<string> pieces)
    {
        var offsets = new int[pieces.Count + 1];
        for (var i = 0; i < pieces.Count; i++)
        {
            offsets[i + 1] = offsets[i] + pieces[i].Length;
        }

        return offsets;
    }

    // 1: a letter or digit (a word), 2: white space, 0: anything else (a piece of its own).
    private static int Kind(char c) => char.IsLetterOrDigit(c) ? 1 : char.IsWhiteSpace(c) ? 2 : 0;
}
