using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Dsl;

/// <summary>Operators a field's type does not allow, and illegal chains, are compile errors: checked by compiling snippets with Roslyn.</summary>
public sealed class CompileTimeRulesTests
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(Segment).Assembly.Location)
            .Append(typeof(Customer).Assembly.Location)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    [Fact]
    public void LegalChain_Compiles()
    {
        Assert.Empty(Errors("""
            Segment.For<Customer>("s").Where(c => c.Country).In("US").And(c => c.Age).AtLeast(18)
                .And(c => c.Orders).Count().AtLeast(1).AndNot(c => c.OptedOut).IsTrue().Build()
            """));
    }

    [Theory]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.Country).GreaterThan(5)")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.Age).StartsWith(\"1\")")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.OptedOut).In(true)")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.Tags).GreaterThan(1)")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.Tier).GreaterThan(Tier.Gold)")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.Orders).IsNull()")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.LastOrderAt).StartsWith(\"2024\")")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.Country).WithinLast(3, TimeUnit.Days)")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.Age).AtLeast(\"18\")")]
    [InlineData("Segment.For<Customer>(\"s\").Build()")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.Age).AtLeast(1).Where(c => c.Age)")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.Orders).Sum(o => o.Channel)")]
    public void IllegalChain_DoesNotCompile(string chain)
    {
        Assert.NotEmpty(Errors(chain));
    }

    private static string[] Errors(string expression)
    {
        var source = $$"""
            using Segmentation;
            using Segmentation.Definitions;
            using Segmentation.Dsl;
            using Segmentation.Tests.TestModel;
            internal static class Snippet
            {
                internal static object Run() => {{expression}};
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(source, cancellationToken: TestContext.Current.CancellationToken)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics(TestContext.Current.CancellationToken)
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToArray();
    }
}
