using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Segmentation.Tests.Docs;

/// <summary>The compile errors of a page's samples, each attributed to the block it is in.</summary>
/// <param name="Page">The page.</param>
/// <param name="Errors">The errors inside each visible block (for a no-compile block, those of its own compilation).</param>
/// <param name="PageErrors">Errors outside every visible block (in a prelude): they fail every block of the page.</param>
internal sealed partial record DocPageResult(DocPage Page, IReadOnlyDictionary<DocChunk, string[]> Errors, string[] PageErrors)
{
    /// <summary>
    /// Compiles the page's preludes and samples as one program; each no-compile block is compiled
    /// separately, after the page's chunks before it, so that its errors cannot leak into later blocks.
    /// </summary>
    public static DocPageResult Compile(DocPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var compiled = page.Chunks.Where(c => c.Kind != DocChunkKind.NoCompileSample).ToArray();
        var diagnostics = DocProgram.Errors(page.Path, compiled, cancellationToken);
        var errors = new Dictionary<DocChunk, string[]>();
        foreach (var sample in compiled.Where(c => c.Kind == DocChunkKind.Sample))
        {
            errors[sample] = [.. diagnostics.Where(d => DocProgram.MarkdownLine(d, page.Path) is { } line && sample.Contains(line)).Select(Format)];
        }

        var pageErrors = diagnostics
            .Where(d => DocProgram.MarkdownLine(d, page.Path) is not { } line
                || !compiled.Any(c => c.Kind == DocChunkKind.Sample && c.Contains(line)))
            .Select(Format)
            .ToArray();

        foreach (var marked in page.Chunks.Where(c => c.Kind == DocChunkKind.NoCompileSample))
        {
            var before = compiled.Where(c => c.MarkerLine < marked.MarkerLine).Append(marked);
            errors[marked] = [.. DocProgram.Errors(page.Path, before, cancellationToken)
                .Where(d => DocProgram.MarkdownLine(d, page.Path) is { } line && marked.Contains(line))
                .Select(Format)];
        }

        return new DocPageResult(page, errors, pageErrors);
    }

    /// <summary>Gets why a visible block is not as marked (a sample with errors, a no-compile block without), or null.</summary>
    public string? Failure(DocChunk sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var errors = Errors[sample];
        if (sample.Kind == DocChunkKind.Sample)
        {
            string[] all = [.. PageErrors, .. errors];
            return all.Length == 0
                ? null
                : $"{sample.Id} does not compile ({all.Length} error(s); the page's blocks and preludes compile as one program, see docs/index.md):\n{string.Join('\n', all)}";
        }

        if (errors.Length == 0)
        {
            return $"{sample.Id} is marked '<!-- no-compile: {sample.Reason} -->' but compiles: remove the marker, or make the block show what it claims.";
        }

        // Error codes named in the reason pin why it fails: a block broken for another reason is rot too.
        var missing = ErrorCode().Matches(sample.Reason!).Select(m => m.Value)
            .Where(code => !errors.Any(e => e.Contains($": error {code}:", StringComparison.Ordinal)))
            .ToArray();
        return missing.Length == 0
            ? null
            : $"{sample.Id} is marked no-compile with {string.Join(", ", missing)}, which it does not fail with; its errors:\n{string.Join('\n', errors)}";
    }

    private static string Format(Diagnostic diagnostic) => diagnostic.ToString();

    [GeneratedRegex(@"\bCS\d{4}\b")]
    private static partial Regex ErrorCode();
}
