using System.Linq.Expressions;
using Segmentation.Binding;

using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Tests.TestModel;
using static Segmentation.Definitions.ComparisonOperator;
using static Segmentation.Tests.Compilation.Compiled;

namespace Segmentation.Tests.Compilation;

public sealed class StructureTests
{
    [Fact]
    public void Compile_AnyOf5000_IsBalancedAndRuns()
    {
        var any = new AnyCriterion(Enumerable.Range(0, 5000).Select(i => (Criterion)Cmp("age", Equal, i)));
        var segment = Of(any);
        Assert.True(segment.IsMatch(new Customer { Age = 4999 }, AsOf));
        Assert.False(segment.IsMatch(new Customer { Age = 5000 }, AsOf));
        Assert.InRange(Depth(segment.ToExpression(AsOf).Body), 1, 40);
    }

    [Fact]
    public void Compile_NestedSixtyFourDeep_CompilesAndRuns()
    {
        Criterion criterion = Cmp("age", Equal, 30);
        for (var i = 0; i < 63; i++)
        {
            criterion = i % 2 == 0 ? new NotCriterion(criterion) : new AllCriterion(criterion, Cmp("age", GreaterThan, 0));
        }

        var segment = Of(criterion);
        Assert.Equal(segment.IsMatch(new Customer { Age = 30 }, AsOf), segment.ToExpression(AsOf).Compile()(new Customer { Age = 30 }));
    }

    [Fact]
    public void Compile_DeeperThanTheLimit_IsADefinitionException()
    {
        Criterion criterion = Cmp("age", Equal, 30);
        for (var i = 0; i < 10; i++)
        {
            criterion = new NotCriterion(criterion);
        }

        var compiler = new SegmentCompiler(DefinitionLimits.Default with { MaxDepth = 8 });
        var error = Assert.Throws<DefinitionException>(() => compiler.Compile<Customer>(new SegmentDefinition("deep", criterion), Catalogs.Customer));
        Assert.Contains("nested more than 8 deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_SameShapeOtherLiterals_ReusesTheCompiledDelegate()
    {
        var compiler = new SegmentCompiler();
        var first = compiler.Compile<Customer>(new SegmentDefinition("a", Cmp("age", GreaterThan, 30)), Catalogs.Customer);
        var second = compiler.Compile<Customer>(new SegmentDefinition("b", Cmp("age", GreaterThan, 40)), Catalogs.Customer);
        var third = compiler.Compile<Customer>(new SegmentDefinition("c", Cmp("age", LessThan, 40)), Catalogs.Customer);

        Assert.Equal(1, compiler.CacheHits);
        Assert.Equal(2, compiler.CacheMisses);
        Assert.True(first.IsMatch(new Customer { Age = 35 }, AsOf));
        Assert.False(second.IsMatch(new Customer { Age = 35 }, AsOf));
        Assert.True(third.IsMatch(new Customer { Age = 35 }, AsOf));
    }

    [Fact]
    public void Compile_OtherStringEqualityLiteral_CompilesItsOwnDelegateInMemory()
    {
        var compiler = new SegmentCompiler();
        var us = compiler.Compile<Customer>(new SegmentDefinition("us", Cmp("country", Equal, "US")), Catalogs.Customer);
        var ca = compiler.Compile<Customer>(new SegmentDefinition("ca", Cmp("country", Equal, "CA")), Catalogs.Customer);
        var usAgain = compiler.Compile<Customer>(new SegmentDefinition("us again", Cmp("country", Equal, "US")), Catalogs.Customer);

        Assert.Equal(2, compiler.CacheMisses);
        Assert.Equal(1, compiler.CacheHits);
        Assert.True(us.IsMatch(new Customer { Country = "US" }, AsOf));
        Assert.False(ca.IsMatch(new Customer { Country = "US" }, AsOf));
        Assert.True(ca.IsMatch(new Customer { Country = "CA" }, AsOf));
        Assert.True(usAgain.IsMatch(new Customer { Country = "US" }, AsOf));
    }

    [Theory]
    [InlineData("ab", "c", "a", "bc")]
    [InlineData("a\"1:b", "c", "a", "b\"1:c")]
    public void Compile_StringListsWhoseLiteralsConcatenateAlike_DoNotShareADelegate(string first1, string first2, string second1, string second2)
    {
        var compiler = new SegmentCompiler();
        var first = compiler.Compile<Customer>(new SegmentDefinition("first", new InCriterion("country", [SegmentValue.FromString(first1), SegmentValue.FromString(first2)])), Catalogs.Customer);
        var second = compiler.Compile<Customer>(new SegmentDefinition("second", new InCriterion("country", [SegmentValue.FromString(second1), SegmentValue.FromString(second2)])), Catalogs.Customer);

        Assert.Equal(2, compiler.CacheMisses);
        Assert.True(first.IsMatch(new Customer { Country = first1 }, AsOf));
        Assert.False(second.IsMatch(new Customer { Country = first1 }, AsOf));
        Assert.True(second.IsMatch(new Customer { Country = second1 }, AsOf));
        Assert.False(first.IsMatch(new Customer { Country = second1 }, AsOf));
    }

    [Fact]
    public void ToExpression_LiteralsAreNotConstants()
    {
        var expression = Of(new AllCriterion(Cmp("age", GreaterThan, 30), Cmp("country", Equal, "US"))).ToExpression(AsOf);
        var constants = new ConstantCollector();
        constants.Visit(expression);
        Assert.DoesNotContain(constants.Values, v => v is 30 or "US");
        Assert.Single(expression.Parameters);
    }

    [Fact]
    public void Compile_RecordTypeOutsideTheCatalog_IsRejected()
    {
        var error = Assert.Throws<SegmentationException>(() => SegmentCompiler.Shared.Compile<Order>(new SegmentDefinition("x", Cmp("age", GreaterThan, 1)), Catalogs.Customer));
        Assert.Contains("Customer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UnknownField_IsTheBindersError() =>
        Assert.Equal("$.criteria.field", Assert.Throws<DefinitionException>(() => Of(Cmp("agee", GreaterThan, 1))).Location);

    private static int Depth(Expression expression) => expression switch
    {
        BinaryExpression { NodeType: ExpressionType.AndAlso or ExpressionType.OrElse } binary => 1 + Math.Max(Depth(binary.Left), Depth(binary.Right)),
        _ => 1,
    };

    private sealed class ConstantCollector : ExpressionVisitor
    {
        public List<object?> Values { get; } = [];

        protected override Expression VisitConstant(ConstantExpression node)
        {
            Values.Add(node.Value);
            return node;
        }
    }
}
