using System.Text.RegularExpressions;

namespace Segmentation.Tests.Docs;

/// <summary>
/// Every csharp block of README.md and docs/**/*.md compiles against the real assemblies (one row per
/// block), and every block marked no-compile indeed fails to. The convention is in docs/index.md.
/// </summary>
public sealed partial class DocSamplesCompileTests
{
    public static TheoryData<string> Samples() => [.. DocSamples.Pages.SelectMany(p => p.Samples).Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_CompilesAsMarked(string sample)
    {
        var (chunk, result) = DocSamples.Find(sample);

        var failure = result.Failure(chunk);

        Assert.True(failure is null, failure);
    }

    [Fact]
    public void Pages_EveryCSharpFenceIsASample()
    {
        // A plain scan, independent of the parser: a fence the parser missed would escape the theory.
        foreach (var page in DocSamples.Pages)
        {
            var fences = CSharpFence().Count(DocSamples.ReadPage(page.Path));
            Assert.True(fences == page.Samples.Count(), $"{page.Path}: {fences} csharp fences, {page.Samples.Count()} samples found.");
        }
    }

    [Fact]
    public void Pages_IncludeTheReadmeAndTheUserGuide()
    {
        var paths = DocSamples.Pages.Select(p => p.Path).ToArray();

        Assert.Contains("README.md", paths);
        Assert.Contains("docs/index.md", paths);
        Assert.Contains("docs/getting-started.md", paths);
        Assert.Contains("src/Segmentation.Core/README.md", paths);
        Assert.Contains("src/Segmentation.Testing/README.md", paths);
        Assert.All(DocSamples.Pages.Where(p => p.Path.Count(c => c == '/') < 2 && p.Path != "README.md"), p => Assert.StartsWith("docs/", p.Path, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^ *(```+|~~~+) *(csharp|cs|c#)\b", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex CSharpFence();
}
