namespace Segmentation.Tests.Docs;

/// <summary>One piece of C# of a markdown page, with where it stands in the page.</summary>
/// <param name="Path">The page, relative to the repository root, with forward slashes.</param>
/// <param name="Kind">Prelude, sample or no-compile sample.</param>
/// <param name="Number">The 1-based position among the page's visible blocks; 0 for a prelude.</param>
/// <param name="MarkerLine">The 1-based line of the opening fence or of the prelude's opening comment.</param>
/// <param name="FirstLine">The 1-based line of the first line of code.</param>
/// <param name="Code">The code, with the fence's indentation removed.</param>
/// <param name="Reason">Why a no-compile sample does not compile; otherwise null.</param>
internal sealed record DocChunk(string Path, DocChunkKind Kind, int Number, int MarkerLine, int FirstLine, string Code, string? Reason)
{
    /// <summary>Gets the number of lines of code.</summary>
    public int LineCount { get; } = Code.Length == 0 ? 0 : Code.Count(c => c == '\n') + 1;

    /// <summary>Gets the name of a test row: the page, the block's number and its line, e.g. <c>docs/dsl.md #2 (line 40)</c>.</summary>
    public string Id => Kind == DocChunkKind.Prelude
        ? $"{Path} prelude (line {MarkerLine})"
        : $"{Path} #{Number} (line {MarkerLine})";

    /// <summary>Whether a 1-based line of the page falls inside this chunk's code.</summary>
    public bool Contains(int line) => line >= FirstLine && line < FirstLine + LineCount;
}
