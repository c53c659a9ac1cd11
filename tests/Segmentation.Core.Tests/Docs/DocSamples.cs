using System.Collections.Concurrent;

namespace Segmentation.Tests.Docs;

/// <summary>The repository's user guide (README.md and docs/**/*.md), read once and compiled once per page.</summary>
internal static class DocSamples
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Segmentation.Core.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Segmentation.Core.sln: the docs tests run inside the repository.");
    });

    private static readonly Lazy<DocPage[]> AllPages = new(() =>
        [.. PagePaths().Select(path => WithPackagePrelude(DocPage.Parse(path, File.ReadAllText(Path.Combine(Root.Value, path)))))]);

    private static readonly ConcurrentDictionary<string, Lazy<DocPageResult>> Results = new(StringComparer.Ordinal);

    /// <summary>Gets every page, README.md first, then docs/ in ordinal path order.</summary>
    public static IReadOnlyList<DocPage> Pages => AllPages.Value;

    /// <summary>Gets the repository-relative paths of the pages, with forward slashes.</summary>
    public static IEnumerable<string> PagePaths()
    {
        var docs = Path.Combine(Root.Value, "docs");
        return Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Root.Value, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Prepend("README.md")
            .Concat(PackageReadmePreludes.Keys.Order(StringComparer.Ordinal));
    }

    // The packages' READMEs are shown on nuget.org, which may print an HTML comment as text, so their
    // preludes (what the samples assume: a record type, a catalog, a DbContext) live here instead.
    private static Dictionary<string, string> PackageReadmePreludes { get; } = new(StringComparer.Ordinal)
    {
        ["src/Segmentation.Core/README.md"] = """
            using Segmentation.Tests.Database;
            using Segmentation.Tests.TestModel;
            CustomerDbContext dbContext = null!;
            """,
        ["src/Segmentation.Testing/README.md"] = """
            using Segmentation.Catalog;
            using Segmentation.Compilation;
            using Segmentation.Definitions;
            using Segmentation.Tests.Database;
            using Segmentation.Tests.TestModel;
            var catalog = FieldCatalog.FromType<Customer>();
            var asOf = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
            CompiledSegment<Customer> vip = null!;
            SegmentDefinition definition = null!;
            Customer customer = new(), otherCustomer = new();
            Customer[] customers = [];
            CustomerDbContext db = null!;
            """,
    };

    /// <summary>Reads a page's markdown.</summary>
    public static string ReadPage(string path) => File.ReadAllText(Path.Combine(Root.Value, path));

    /// <summary>Finds a visible block by its <see cref="DocChunk.Id"/> and the compile result of its page.</summary>
    public static (DocChunk Sample, DocPageResult Result) Find(string id)
    {
        var sample = Pages.SelectMany(p => p.Samples).SingleOrDefault(s => s.Id == id)
            ?? throw new InvalidOperationException($"No block '{id}': the docs changed since the tests were discovered.");
        var page = Pages.Single(p => p.Path == sample.Path);
        var result = Results.GetOrAdd(page.Path, _ => new Lazy<DocPageResult>(() => DocPageResult.Compile(page, CancellationToken.None))).Value;
        return (sample, result);
    }

    private static DocPage WithPackagePrelude(DocPage page) =>
        PackageReadmePreludes.TryGetValue(page.Path, out var prelude)
            ? page with { Chunks = [new DocChunk(page.Path, DocChunkKind.Prelude, 0, 1, 1, prelude, null), .. page.Chunks] }
            : page;
}
