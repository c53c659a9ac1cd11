namespace Segmentation.Tests.Docs;

/// <summary>What a piece of C# found in a markdown page is.</summary>
internal enum DocChunkKind
{
    /// <summary>Hidden setup in an HTML comment (<c>&lt;!-- prelude</c> ... <c>--&gt;</c>): the inputs the page's samples assume.</summary>
    Prelude,

    /// <summary>A visible <c>csharp</c>/<c>cs</c>/<c>c#</c> block that must compile.</summary>
    Sample,

    /// <summary>A visible block preceded by <c>&lt;!-- no-compile: reason --&gt;</c>: it must fail to compile.</summary>
    NoCompileSample,
}
