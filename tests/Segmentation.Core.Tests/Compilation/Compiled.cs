using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Compilation;

/// <summary>Compiles criteria over the test catalog and checks the delegate against the query expression.</summary>
internal static class Compiled
{
    public static readonly DateTimeOffset AsOf = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static CompiledSegment<Customer> Of(Criterion criterion, FieldCatalog? catalog = null, IReadOnlyDictionary<string, SegmentDefinition>? references = null) =>
        SegmentCompiler.Shared.Compile<Customer>(new SegmentDefinition("test", criterion), catalog ?? Catalogs.Customer, references);

    /// <summary>The delegate's answer, after asserting that the LINQ expression (compiled in memory) gives the same one.</summary>
    public static bool Matches(Criterion criterion, Customer customer, DateTimeOffset? asOf = null)
    {
        var segment = Of(criterion);
        var at = asOf ?? AsOf;
        var fast = segment.IsMatch(customer, at);
        Assert.Equal(fast, segment.ToExpression(at).Compile()(customer));
        return fast;
    }

    public static ComparisonCriterion Cmp(string field, ComparisonOperator op, decimal value) => new(field, op, SegmentValue.FromNumber(value));

    public static ComparisonCriterion Cmp(string field, ComparisonOperator op, string value) => new(field, op, SegmentValue.FromString(value));
}
