using System.Text.RegularExpressions;

namespace Segmentation.Tests.Docs;

/// <summary>
/// The C# of one markdown page: its visible <c>csharp</c> blocks and its hidden preludes, in page order
/// (the convention is in docs/index.md, "Writing docs").
/// </summary>
internal sealed partial record DocPage(string Path, IReadOnlyList<DocChunk> Chunks)
{
    /// <summary>Gets the visible blocks, samples and no-compile samples.</summary>
    public IEnumerable<DocChunk> Samples => Chunks.Where(c => c.Kind != DocChunkKind.Prelude);

    /// <summary>Reads the chunks of a page; a malformed marker or fence throws a <see cref="FormatException"/> naming the line.</summary>
    public static DocPage Parse(string path, string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var chunks = new List<DocChunk>();
        var number = 0;
        (string Reason, int Line)? noCompile = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            var fence = OpeningFence().Match(lines[i]);
            if (fence.Success)
            {
                var end = ClosingLine(lines, i + 1, fence.Groups["fence"].Value)
                    ?? throw new FormatException($"{path}({i + 1}): the code fence is never closed.");
                if (IsCSharp(fence.Groups["info"].Value))
                {
                    number++;
                    var indent = fence.Groups["indent"].Value.Length;
                    var code = string.Join('\n', lines[(i + 1)..end].Select(l => Unindent(l, indent)));
                    chunks.Add(noCompile is { } marker
                        ? new DocChunk(path, DocChunkKind.NoCompileSample, number, i + 1, i + 2, code, marker.Reason)
                        : new DocChunk(path, DocChunkKind.Sample, number, i + 1, i + 2, code, null));
                    noCompile = null;
                }

                i = end;
            }
            else if (trimmed.StartsWith("<!-- no-compile", StringComparison.Ordinal))
            {
                var marker = NoCompileMarker().Match(trimmed);
                if (!marker.Success)
                {
                    throw new FormatException($"{path}({i + 1}): write the marker as '<!-- no-compile: reason -->' on one line.");
                }

                noCompile = (marker.Groups["reason"].Value, i + 1);
                continue;
            }
            else if (trimmed.StartsWith("<!-- prelude", StringComparison.Ordinal))
            {
                if (trimmed != "<!-- prelude")
                {
                    throw new FormatException($"{path}({i + 1}): a prelude opens with '<!-- prelude' alone on its line and closes with '-->' alone on its line.");
                }

                var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "-->");
                if (end < 0)
                {
                    throw new FormatException($"{path}({i + 1}): the prelude is never closed by a '-->' line.");
                }

                chunks.Add(new DocChunk(path, DocChunkKind.Prelude, 0, i + 1, i + 2, string.Join('\n', lines[(i + 1)..end]), null));
                i = end;
            }
            else if (trimmed.Length == 0)
            {
                continue;
            }

            // Anything else between a no-compile marker and a csharp block leaves the marker orphaned.
            if (noCompile is { } orphan)
            {
                throw new FormatException($"{path}({orphan.Line}): '<!-- no-compile -->' must be followed by a csharp block.");
            }
        }

        return noCompile is { } last
            ? throw new FormatException($"{path}({last.Line}): '<!-- no-compile -->' must be followed by a csharp block.")
            : new DocPage(path, chunks);
    }

    /// <summary>Whether a fence's info string names C#: <c>csharp</c>, <c>cs</c> or <c>c#</c>, in any case.</summary>
    public static bool IsCSharp(string info)
    {
        var language = info.Trim().Split(' ', 2)[0];
        return language.Equals("csharp", StringComparison.OrdinalIgnoreCase)
            || language.Equals("cs", StringComparison.OrdinalIgnoreCase)
            || language.Equals("c#", StringComparison.OrdinalIgnoreCase);
    }

    private static int? ClosingLine(string[] lines, int from, string fence)
    {
        for (var i = from; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.Length >= fence.Length && trimmed.All(c => c == fence[0]))
            {
                return i;
            }
        }

        return null;
    }

    private static string Unindent(string line, int indent)
    {
        var spaces = 0;
        while (spaces < indent && spaces < line.Length && line[spaces] == ' ')
        {
            spaces++;
        }

        return line[spaces..];
    }

    // Fences inside list items may be indented; info strings of backtick fences hold no backtick.
    [GeneratedRegex(@"^(?<indent> *)(?<fence>`{3,}(?=[^`]*$)|~{3,})(?<info>.*)$")]
    private static partial Regex OpeningFence();

    [GeneratedRegex(@"^<!--\s*no-compile:\s*(?<reason>\S.*?)\s*-->$")]
    private static partial Regex NoCompileMarker();
}
