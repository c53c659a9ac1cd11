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
                .And(c => c.Orders).Count().AtLeast(1).AndNot(c => c.OptedOut).IsTrue()
                .And(c => c.Orders).Sum(o => o.Amount).Between(100m, 500m).Build()
            """));
    }

    // Issue 12: aggregates had no Between, and the error pointed at DateCriteria.Between (CS1929, a
    // receiver of the wrong type). A Between of the wrong type now binds to the aggregate's own
    // Between and fails on its arguments (CS1503: cannot convert string to decimal).
    [Fact]
    public void AggregateBetween_OfTheWrongType_FailsOnItsArgumentsNotOnDateCriteria()
    {
        var errors = Errors("""Segment.For<Customer>("s").Where(c => c.Orders).Count().Between("1", "5")""");

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Contains("error CS1503", e, StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'string' to 'decimal'", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("DateCriteria", StringComparison.Ordinal));
    }

    // Each illegal chain must fail for the reason the DSL's types give (the error code and the member
    // it names), so a snippet that breaks for an unrelated reason (a typo, a renamed type) fails the test.
    [Theory]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.Country).GreaterThan(5)", "CS0411", "GreaterThan")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.Age).StartsWith(\"1\")", "CS1929", "StartsWith")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.OptedOut).In(true)", "CS0315", "In")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.Tags).GreaterThan(1)", "CS0411", "GreaterThan")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.Tier).GreaterThan(Tier.Gold)", "CS0315", "GreaterThan")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.Orders).IsNull()", "CS0453", "IsNull")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.LastOrderAt).StartsWith(\"2024\")", "CS1929", "StartsWith")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.Country).WithinLast(3, TimeUnit.Days)", "CS1929", "WithinLast")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.Age).AtLeast(\"18\")", "CS0411", "AtLeast")]
    [InlineData("Segment.For<Customer>(\"s\").Build()", "CS1061", "Build")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.Age).AtLeast(1).Where(c => c.Age)", "CS1061", "Where")]
    [InlineData("Segment.For<Customer>(\"s\").Where(c => c.Orders).Sum(o => o.Channel)", "CS0453", "Sum")]
    public void IllegalChain_DoesNotCompile(string chain, string code, string member)
    {
        var errors = Errors(chain);

        Assert.Contains(errors, e => e.Contains("error " + code, StringComparison.Ordinal) && e.Contains(member, StringComparison.Ordinal));
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
