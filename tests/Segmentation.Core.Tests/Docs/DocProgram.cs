using System.Runtime.InteropServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Segmentation.Testing;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Docs;

/// <summary>
/// Compiles chunks of a page as one C# program: the using directives of every chunk first, then the
/// statements of every chunk in page order (top-level statements, so a later block sees the variables
/// of earlier ones), then the type declarations. <c>#line</c> directives map every piece back to its
/// markdown line, so each diagnostic names the page and the line.
/// </summary>
internal static class DocProgram
{
    /// <summary>The assembly name; the test assembly grants it its internals (sample data such as CdnowData).</summary>
    public const string AssemblyName = "DocSamples";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    // What a new `dotnet new console` project imports implicitly (ImplicitUsings=enable).
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        // The BCL is the shared framework; beyond it, only the assemblies the docs are about or use.
        var runtime = Path.TrimEndingDirectorySeparator(RuntimeEnvironment.GetRuntimeDirectory());
        var bcl = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtime, StringComparison.Ordinal));
        string[] used =
        [
            typeof(Segment).Assembly.Location,                  // Segmentation.Core
            typeof(SegmentAssert).Assembly.Location,            // Segmentation.Testing
            typeof(Segmentation.Prediction.Models.BgNbdModel).Assembly.Location,  // Segmentation.Prediction (docs/prediction.md)
            typeof(Customer).Assembly.Location,                 // the test model and sample data
            typeof(IServiceCollection).Assembly.Location,       // DI abstractions
            typeof(ServiceCollection).Assembly.Location,        // DI container
            typeof(ServiceProvider).Assembly.Location,
            typeof(DbContext).Assembly.Location,                // EF Core
            typeof(RelationalDatabaseFacadeExtensions).Assembly.Location,   // and its SQLite provider,
            typeof(SqliteDbContextOptionsBuilderExtensions).Assembly.Location, // as a new project adds it
        ];
        return bcl.Concat(used)
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    });

    /// <summary>Compiles the chunks (preludes and samples, in page order) and returns the errors.</summary>
    public static IReadOnlyList<Diagnostic> Errors(string path, IEnumerable<DocChunk> chunks, CancellationToken cancellationToken)
    {
        var usings = new StringBuilder();
        var statements = new StringBuilder();
        var types = new StringBuilder();
        foreach (var chunk in chunks)
        {
            var tree = CSharpSyntaxTree.ParseText(chunk.Code, ParseOptions, cancellationToken: cancellationToken);
            var root = tree.GetCompilationUnitRoot(cancellationToken);
            if (root.AttributeLists.Count > 0 || tree.GetDiagnostics(cancellationToken).Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                // Kept whole, so that the syntax errors are reported at their own lines.
                Append(statements, path, chunk.FirstLine, chunk.Code);
                continue;
            }

            foreach (var node in root.Externs.Concat<SyntaxNode>(root.Usings))
            {
                Append(usings, path, chunk.FirstLine + tree.GetLineSpan(node.FullSpan, cancellationToken).StartLinePosition.Line, node.ToFullString());
            }

            foreach (var member in root.Members)
            {
                var line = chunk.FirstLine + tree.GetLineSpan(member.FullSpan, cancellationToken).StartLinePosition.Line;
                Append(member is GlobalStatementSyntax ? statements : types, path, line, member.ToFullString());
            }
        }

        var source = string.Concat(usings, statements, types);
        var compilation = CSharpCompilation.Create(
            AssemblyName,
            [
                CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, cancellationToken: cancellationToken),
                CSharpSyntaxTree.ParseText(source, ParseOptions, path: path, cancellationToken: cancellationToken),
            ],
            References.Value,
            new CSharpCompilationOptions(
                statements.Length > 0 ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable));
        return [.. compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error)];
    }

    /// <summary>Gets the 1-based markdown line a diagnostic points at, or null when it is not in the page.</summary>
    public static int? MarkdownLine(Diagnostic diagnostic, string path)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var span = diagnostic.Location.GetMappedLineSpan();
        return diagnostic.Location.IsInSource && span.HasMappedPath && span.Path == path
            ? span.StartLinePosition.Line + 1
            : null;
    }

    private static void Append(StringBuilder builder, string path, int line, string code) =>
        builder.Append("#line ").Append(line).Append(" \"").Append(path).Append("\"\n").Append(code).Append('\n');
}
